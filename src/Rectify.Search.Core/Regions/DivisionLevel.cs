namespace Rectify.Search.Core.Regions;

/// <summary>The level of a division.</summary>
public enum DivisionLevel
{
    Province,
    City,
    Area,
}
