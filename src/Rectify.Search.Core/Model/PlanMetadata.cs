namespace Rectify.Search.Core.Model;

/// <summary>What a plan says about itself: title, issuer, date, region and the inspection it answers.</summary>
/// <param name="Edition">A printed edition note such as 征求意见稿, kept out of the title.</param>
/// <param name="DocumentNumber">The issuing number (发文字号) such as 兴办字〔2021〕57号.</param>
/// <param name="Date">The plan's own date (ISO yyyy-MM-dd) when it prints one.</param>
/// <param name="YearSource">How <paramref name="Year"/> was found: date, document-number, cited-document, deadlines.</param>
/// <param name="ListTitle">The title of the problem list (附件 …整改清单) when it has one.</param>
public sealed record PlanMetadata(
    string? Title,
    string? Edition,
    string? IssuingBody,
    string? DocumentNumber,
    string? Date,
    int? Year,
    string? YearSource,
    InspectionInfo Inspection,
    Region? Region,
    string? ListTitle)
{
    /// <summary>How the document was read: <c>list</c> (numbered problems), <c>table</c>, <c>notice</c> (one problem's fields) or <c>none</c> (no problem list: body only).</summary>
    public string Layout { get; init; } = "list";

    /// <summary>Where the region came from and how far it can be trusted; null without a region.</summary>
    public RegionEvidenceSummary? RegionEvidence { get; init; }

    /// <summary>How far <see cref="Year"/> can be trusted, 0–1, by its source (a printed date 0.95 … a file name 0.3).</summary>
    public double? YearConfidence { get; init; }
}

/// <summary>The inspection a plan answers.</summary>
/// <param name="Kind"><c>central</c> (中央) or <c>provincial</c> (省级); null when the plan does not say.</param>
/// <param name="Round">1, 2 or 3 for central rounds; null when not known.</param>
/// <param name="FollowUp">True for a 回头看 (follow-up) inspection.</param>
/// <param name="Group">The inspection group as printed, e.g. 中央第四生态环境保护督察组.</param>
/// <param name="Evidence">Why the round was assigned, for the report.</param>
public sealed record InspectionInfo(string? Kind, int? Round, bool FollowUp, string? Group, string? Evidence)
{
    /// <summary>A special inspection (专项督察) rather than a routine round.</summary>
    public bool Special { get; init; }

    public static InspectionInfo Unknown { get; } = new(null, null, false, null, null);
}

/// <summary>A region resolved against GB/T 2260.</summary>
public sealed record Region(string Province, string? City, string? County, string Code, RegionLevel Level);

/// <summary>How a document's region was read.</summary>
/// <param name="Source">Where: <c>title</c>, <c>page</c> (issuer and page metadata), <c>signature</c>, <c>units</c>, <c>problem</c> or <c>body</c>.</param>
/// <param name="Confidence">How far it can be trusted, 0–1, by its source and how clearly it stands out from the other places named.</param>
/// <param name="Zone">A zone GB/T 2260 lacks (…管理区, …经济开发区, …风景名胜区) that the document belongs to, within the region.</param>
public sealed record RegionEvidenceSummary(string Source, double Confidence, string? Zone);
