namespace Rectify.Search.Storage;

/// <summary>
/// The keys of a plan's rows (schema 13): a problem, measure or section is named among its plan's rows by its record id
/// without the plan's (p3, p3.m2, s4), the plan's id standing in the row's <c>document_id</c> beside it — a national
/// store repeated each plan's id (20 characters) in every one of its million unit and theme rows. A measure's key has a
/// dot, a problem's none.
/// </summary>
internal static class RowKeys
{
    /// <summary>A record's key among its plan's rows: <paramref name="recordId"/> without <paramref name="documentId"/>.</summary>
    public static string Of(string documentId, string recordId) => recordId[(documentId.Length + 1)..];

    /// <summary>SQL: the record id of the key column <paramref name="column"/> of the row named <paramref name="row"/>.</summary>
    public static string RecordId(string row, string column) => $"{row}.document_id || '.' || {row}.{column}";

    /// <summary>SQL: the key of the measure row named <paramref name="row"/> (its problem's key, .m and its position: <see cref="Core.Model.RecordIds.Measure"/>'s form).</summary>
    public static string MeasureKey(string row) => $"{row}.problem_id || '.m' || {row}.position";

    /// <summary>SQL: whether the key column <paramref name="column"/> names a problem (p3), not one of its measures (p3.m2).</summary>
    public static string IsProblem(string column) => $"instr({column}, '.') = 0";
}
