namespace Rectify.Search.Service.Contracts;

/// <summary>Facet counts over all results, not just the page.</summary>
public sealed record SearchFacets(IReadOnlyList<FacetValue> Theme, IReadOnlyList<FacetValue> Province, IReadOnlyList<FacetValue> Level)
{
    [System.ComponentModel.Description("Cities (地级市, 州) of the results, for narrowing a province")]
    public IReadOnlyList<FacetValue> City { get; init; } = [];

    [System.ComponentModel.Description("Counties (县, 区) of the results")]
    public IReadOnlyList<FacetValue> County { get; init; } = [];

    [System.ComponentModel.Description("The departments leading the results' problems (牵头单位, else 责任单位), by id with their Chinese names")]
    public IReadOnlyList<FacetValue> Department { get; init; } = [];
}
