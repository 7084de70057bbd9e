namespace Rectify.Search.Core.Model;

/// <summary>A region resolved against GB/T 2260.</summary>
public sealed record Region(string Province, string? City, string? County, string Code, RegionLevel Level);
