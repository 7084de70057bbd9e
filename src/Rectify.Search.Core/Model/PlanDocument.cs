namespace Rectify.Search.Core.Model;

/// <summary>One rectification plan as parsed from one source file: metadata, body sections and problem list.</summary>
/// <param name="DocumentId">The source file name without its extension; stable across re-ingestion.</param>
/// <param name="ContentHash">SHA-256 of the source bytes (hex), used to detect unchanged files.</param>
/// <param name="Encoding">The detected source encoding, e.g. <c>utf-8</c> or <c>gb18030</c>.</param>
public sealed record PlanDocument(
    string DocumentId,
    string SourcePath,
    string ContentHash,
    string Encoding,
    PlanMetadata Metadata,
    IReadOnlyList<Section> Sections,
    IReadOnlyList<Problem> Problems,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>All measures of all problems, in document order.</summary>
    public IEnumerable<Measure> AllMeasures => Problems.SelectMany(p => p.Measures);
}
