using System.ComponentModel;

namespace Rectify.Search.Service.Contracts;

/// <summary>A region resolved against GB/T 2260.</summary>
public sealed record RegionRecord(string Province, string? City, string? County,
    [property: Description("GB/T 2260 code, as precise as known")] string Code,
    [property: Description("province, city or county")] string Level);
