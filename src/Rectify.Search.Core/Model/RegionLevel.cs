namespace Rectify.Search.Core.Model;

/// <summary>The level of a region in GB/T 2260; written <c>province</c>, <c>city</c>, <c>county</c> (<see cref="WireNames"/>).</summary>
public enum RegionLevel
{
    Province,
    City,
    /// <summary>County-level: counties, county-level cities and districts.</summary>
    County,
}
