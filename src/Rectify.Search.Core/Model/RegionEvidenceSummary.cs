namespace Rectify.Search.Core.Model;

/// <summary>How a document's region was read.</summary>
/// <param name="Source">Where: <c>title</c>, <c>page</c> (issuer and page metadata), <c>signature</c>, <c>units</c>, <c>problem</c> or <c>body</c>.</param>
/// <param name="Confidence">How far it can be trusted, 0–1, by its source and how clearly it stands out from the other places named.</param>
/// <param name="Zone">A zone GB/T 2260 lacks (…管理区, …经济开发区, …风景名胜区) that the document belongs to, within the region.</param>
public sealed record RegionEvidenceSummary(string Source, double Confidence, string? Zone);
