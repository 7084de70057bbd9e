namespace Rectify.Search.Core.Regions;

/// <summary>A division of the PRC: province (2-digit code), prefecture-level city (4) or county-level area (6).</summary>
public sealed record Division(string Code, string Name, DivisionLevel Level, string? ParentCode, string ProvinceCode);
