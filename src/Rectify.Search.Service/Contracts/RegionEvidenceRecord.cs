namespace Rectify.Search.Service.Contracts;

/// <summary>Where a document's region was read.</summary>
public sealed record RegionEvidenceRecord(string Source, double Confidence, string? Zone);
