namespace Rectify.Search.Core.Model;

/// <summary>What a plan says about itself: title, issuer, date, region and the inspection it answers.</summary>
/// <param name="Edition">A printed edition note such as 征求意见稿, kept out of the title.</param>
/// <param name="DocumentNumber">The issuing number (发文字号) such as 兴办字〔2021〕57号.</param>
/// <param name="Date">The date of issue (ISO yyyy-MM-dd; yyyy-MM where the plan prints only the month, （2022年8月）) when it prints one.</param>
/// <param name="YearSource">How <paramref name="Year"/> was found: date, signature, page, masthead, notice-period, title-date, document-number, cited-documents, newest-event, file-name-after-newest-event, file-name.</param>
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

    /// <summary>The places the body names (problems, fields, measures, sections), the issuer's region and those above it left out; most named first.</summary>
    public IReadOnlyList<Place> Places { get; init; } = [];

    /// <summary>How far <see cref="Year"/> can be trusted, 0–1, by its source (a printed date 0.95 … a file name 0.3).</summary>
    public double? YearConfidence { get; init; }
}
