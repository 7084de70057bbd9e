using Rectify.Search.Core.Model;

namespace Rectify.Search.Core.Ingestion;

/// <summary>
/// Text decoded from a source file and the encoding (or format) it was found to be in, with what the reader noticed
/// on the way (a name that claims another format, pages without text) as diagnostics for the plan's report.
/// </summary>
public sealed record DecodedText(string Text, string EncodingName)
{
    public IReadOnlyList<Diagnostic> Notes { get; init; } = [];

    /// <summary>The date the source says it was published on, outside the text (a web page's 发布时间), yyyy-MM-dd.</summary>
    public string? Published { get; init; }
}
