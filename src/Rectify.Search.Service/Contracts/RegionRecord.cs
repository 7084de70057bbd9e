using System.ComponentModel;

namespace Rectify.Search.Service.Contracts;

/// <summary>A region resolved against GB/T 2260.</summary>
public sealed record RegionRecord(string Province, string? City, string? County,
    [property: Description("GB/T 2260 code, as precise as known")] string Code,
    [property: Description("province, city or county")] string Level)
{
    [Description("The level in Chinese: 省级, 市级, 县级")]
    public string? LevelLabel { get; init; }
}
