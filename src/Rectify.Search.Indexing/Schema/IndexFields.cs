namespace Rectify.Search.Indexing.Schema;

/// <summary>
/// The index's fields, defined once for the writer and the searcher. One Lucene document per measure and
/// problem; ids point back to the SQLite store.
/// </summary>
public static class IndexFields
{
    /// <summary>Bumped whenever fields or their indexing change; an index of another schema version is rebuilt.</summary>
    public const string SchemaVersion = "18";

    /// <summary>The record id (000_….p2.m1, 000_….p2): stored, exact.</summary>
    public const string Id = "id";
    /// <summary>measure or problem: filtered on, not stored (<see cref="OfId"/> reads it from the id).</summary>
    public const string Kind = "kind";
    /// <summary>The plan's id: filtered on and deleted by, not stored.</summary>
    public const string DocumentId = "documentId";
    /// <summary>The problem a measure belongs to (and a problem's own id): filtered on, not stored.</summary>
    public const string ProblemId = "problemId";

    /// <summary>
    /// A record's kind, plan and problem, read from its id (000_….p2.m1: a measure of 000_…, problem 000_….p2): the index
    /// stores only the id (schema 18), each of a million records no longer carrying its plan's and problem's ids again.
    /// </summary>
    public static (string Kind, string DocumentId, string? ProblemId) OfId(string id) =>
        Core.Model.RecordIds.TryParse(id, out var documentId, out var problem, out var measure)
            ? (measure is null ? Kinds.Problem : Kinds.Measure, documentId, Core.Model.RecordIds.Problem(documentId, problem))
            : ("", "", null);
    /// <summary>A measure's Chinese words, index mode (coarse words plus the words inside them).</summary>
    public const string Words = "words";
    /// <summary>
    /// A measure's overlapping character bigrams: catches what segmentation cuts differently. Frequencies without
    /// positions, as <see cref="AllBigrams"/>: bigrams are scored and required, never matched as phrases (a quoted
    /// phrase is matched in order on the words field, its bigrams all required).
    /// </summary>
    public const string Bigrams = "bigrams";
    /// <summary>A measure's single characters (Latin and numbers whole), frequencies without positions: the broad lexical arm.</summary>
    public const string Chars = "chars";
    /// <summary>A problem's words with its target and all its measures: what problems are ranked by.</summary>
    public const string AllWords = "allWords";
    /// <summary>A problem's bigrams with its target and all its measures.</summary>
    public const string AllBigrams = "allBigrams";
    /// <summary>A problem's single characters with its target and all its measures.</summary>
    public const string AllChars = "allChars";
    /// <summary>
    /// The content hash of the plan version a document was made from (stored only): a hit is answered from the stored
    /// plan only when the store holds that same version, so an index a change has not reached yet never puts one
    /// version's hits on another version's records.
    /// </summary>
    public const string PlanVersion = "planVersion";
    /// <summary>A hash of the normalized text: identical measures collapse on it.</summary>
    public const string TextHash = "textHash";
    public const string Province = "province";
    public const string City = "city";
    public const string County = "county";
    public const string RegionCode = "regionCode";

    /// <summary>The places (GB/T 2260 codes) a problem names, on its measures too: 台前县 in a 濮阳市 notice.</summary>
    public const string Place = "place";
    public const string Level = "level";

    /// <summary>The canonical departments that lead the problem (its 牵头单位, else its 责任单位), on its measures too.</summary>
    public const string Department = "department";

    /// <summary>The plan's year as a facet value (2021).</summary>
    public const string YearFacet = "yearFacet";

    /// <summary>The year the record is due (its own deadline's for a measure, else its problem's), as a facet value.</summary>
    public const string DeadlineYear = "deadlineYear";
    public const string Round = "round";
    /// <summary>Themes a record is found under: a problem's own; a measure's problem's and its own.</summary>
    public const string Theme = "theme";
    /// <summary>The themes of the problem a record belongs to (problem and measures alike): what unit=problem filters and counts.</summary>
    public const string ProblemTheme = "problemTheme";
    public const string Year = "year";
    /// <summary>The deadline's date as yyyyMMdd (20251231): a problem's; a measure's own, else its problem's; none for sections.</summary>
    public const string Deadline = "deadline";
    /// <summary>The deadline of the problem a record belongs to (problem and measures alike): what unit=problem filters on.</summary>
    public const string ProblemDeadline = "problemDeadline";

    /// <summary>
    /// The numeric fields' (<see cref="Year"/>, <see cref="Deadline"/>, <see cref="ProblemDeadline"/>) precision step:
    /// each value indexed whole, as one term. A plan's years and deadlines take a few thousand distinct values, so a
    /// range query visits them all at no cost; Lucene's default (4) indexes eight terms per value for ranges over
    /// millions of distinct ones — 10 million postings at 20,000 plans that no query needed.
    /// </summary>
    public const int NumericPrecisionStep = int.MaxValue;

    public static class Kinds
    {
        public const string Measure = "measure";
        public const string Problem = "problem";
    }
}
