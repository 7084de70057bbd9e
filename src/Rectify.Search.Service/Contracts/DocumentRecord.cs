using System.ComponentModel;

namespace Rectify.Search.Service.Contracts;

/// <summary>A plan.</summary>
public sealed record DocumentRecord(
    [property: Description("The seed file name without its extension")] string Id,
    string? Title, RegionRecord? Region, int? Year,
    [property: Description("Central inspection round (1, 2, 3)")] int? Round,
    [property: Description("central or provincial")] string? Kind,
    string? Edition, string? IssuingBody, string? DocumentNumber, string? Date, int ProblemCount, int MeasureCount)
{
    /// <summary>How the document was read.</summary>
    [Description("list (numbered problems), table, notice (one problem's fields) or none (no problem list: body text only)")]
    public string Layout { get; init; } = "list";

    [Description("The inspection in Chinese: 中央生态环境保护督察 or 省级生态环境保护督察")]
    public string? KindLabel { get; init; }

    /// <summary>Where the year came from.</summary>
    [Description("date, signature, page, notice-period, title-date (a month printed under the title: date is yyyy-MM), document-number, cited-documents, newest-event (a notice: the newest year of something that happened, never a deadline or target), file-name-after-newest-event (a year in the file name at or a year after it) or file-name; null: unknown")]
    public string? YearSource { get; init; }

    [Description("The places the plan's body names (where failings were found, work is done), its issuer's region and those above it left out; most named first")]
    public IReadOnlyList<PlaceRecord> Places { get; init; } = [];

    /// <summary>Where the region was read and how far it can be trusted.</summary>
    [Description("Where the region was read (title, page, signature, units, problem, body), its confidence 0–1, and a zone GB/T 2260 lacks")]
    public RegionEvidenceRecord? RegionEvidence { get; init; }
}
