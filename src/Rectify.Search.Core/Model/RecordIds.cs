namespace Rectify.Search.Core.Model;

/// <summary>
/// Stable, URL-safe record ids derived from a plan's structure: a re-ingested unchanged plan gets the same ids,
/// so links from the index and from users keep working. The store and the index both use these.
/// </summary>
public static partial class RecordIds
{
    /// <summary>plan_a.p2 — the problem at position 2.</summary>
    public static string Problem(string documentId, int position) => $"{documentId}.p{position}";

    /// <summary>plan_a.p2.m1 — measure 1 of problem 2.</summary>
    public static string Measure(string documentId, int problemPosition, int position) => $"{Problem(documentId, problemPosition)}.m{position}";

    /// <summary>plan_a.s3 — the third section in document order.</summary>
    public static string Section(string documentId, int position) => $"{documentId}.s{position}";

    /// <summary>Reads a problem id (plan_a.p2) or a measure id (plan_a.p2.m1); false for anything else.</summary>
    public static bool TryParse(string id, out string documentId, out int problemPosition, out int? measurePosition)
    {
        var m = IdPattern().Match(id);
        documentId = m.Success ? m.Groups["doc"].Value : "";
        problemPosition = m.Success && int.TryParse(m.Groups["p"].ValueSpan, out var p) ? p : 0;
        measurePosition = m.Success && m.Groups["m"].Success && int.TryParse(m.Groups["m"].ValueSpan, out var x) ? x : null;
        return m.Success && problemPosition > 0 && (!m.Groups["m"].Success || measurePosition > 0);
    }

    /// <summary>
    /// The problem a record id names (and its measure, for a measure id) in the plan <paramref name="plans"/> gives for
    /// its plan id; null when the id is not a record's or the plan holds no such record.
    /// </summary>
    public static (PlanDocument Plan, Problem Problem, Measure? Measure)? Locate(string id, Func<string, PlanDocument?> plans)
    {
        if (!TryParse(id, out var documentId, out var position, out var measure) || plans(documentId) is not { } plan || position > plan.Problems.Count)
            return null;
        var problem = plan.Problems[position - 1];
        if (measure is not { } m)
            return (plan, problem, null);
        return m <= problem.Measures.Count ? (plan, problem, problem.Measures[m - 1]) : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<doc>.+)\.p(?<p>\d{1,6})(?:\.m(?<m>\d{1,6}))?$")]
    private static partial System.Text.RegularExpressions.Regex IdPattern();
}
