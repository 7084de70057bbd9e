namespace Rectify.Search.Storage;

/// <summary>
/// Stable, URL-safe record ids derived from a plan's structure: a re-ingested unchanged plan gets the same ids,
/// so links from the index and from users keep working.
/// </summary>
public static class RecordIds
{
    /// <summary>000_fd899eb3d1702b98.p2 — the problem at position 2.</summary>
    public static string Problem(string documentId, int position) => $"{documentId}.p{position}";

    /// <summary>000_fd899eb3d1702b98.p2.m1 — measure 1 of problem 2.</summary>
    public static string Measure(string documentId, int problemPosition, int position) => $"{Problem(documentId, problemPosition)}.m{position}";

    /// <summary>000_fd899eb3d1702b98.s3 — the third section in document order.</summary>
    public static string Section(string documentId, int position) => $"{documentId}.s{position}";
}
