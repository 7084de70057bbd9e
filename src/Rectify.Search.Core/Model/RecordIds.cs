namespace Rectify.Search.Core.Model;

/// <summary>
/// Stable, URL-safe record ids derived from a plan's structure: a re-ingested unchanged plan gets the same ids,
/// so links from the index and from users keep working. The store and the index both use these.
/// </summary>
public static class RecordIds
{
    /// <summary>plan_a.p2 — the problem at position 2.</summary>
    public static string Problem(string documentId, int position) => $"{documentId}.p{position}";

    /// <summary>plan_a.p2.m1 — measure 1 of problem 2.</summary>
    public static string Measure(string documentId, int problemPosition, int position) => $"{Problem(documentId, problemPosition)}.m{position}";

    /// <summary>plan_a.s3 — the third section in document order.</summary>
    public static string Section(string documentId, int position) => $"{documentId}.s{position}";
}
