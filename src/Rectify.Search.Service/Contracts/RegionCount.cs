namespace Rectify.Search.Service.Contracts;

/// <summary>A region of the corpus and the plans made for it.</summary>
public sealed record RegionCount(RegionRecord Region, int Documents, IReadOnlyList<string> DocumentIds);
