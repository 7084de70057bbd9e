namespace Rectify.Search.Service.Contracts;

/// <summary>Facet counts over all results, not just the page.</summary>
public sealed record SearchFacets(IReadOnlyList<FacetValue> Theme, IReadOnlyList<FacetValue> Province, IReadOnlyList<FacetValue> Level)
{
    [System.ComponentModel.Description("Cities (地级市, 州) of the results, for narrowing a province (facets=all)")]
    public IReadOnlyList<FacetValue> City { get; init; } = [];

    [System.ComponentModel.Description("Counties (县, 区) of the results (facets=all)")]
    public IReadOnlyList<FacetValue> County { get; init; } = [];

    [System.ComponentModel.Description("The departments leading the results' problems (牵头单位, else 责任单位), by id with their Chinese names (facets=all)")]
    public IReadOnlyList<FacetValue> Department { get; init; } = [];

    [System.ComponentModel.Description("The places the results' problems name (台前县 in a 濮阳市 notice), by GB/T 2260 code with their names (facets=all)")]
    public IReadOnlyList<FacetValue> Place { get; init; } = [];

    [System.ComponentModel.Description("The plans' years (facets=all)")]
    public IReadOnlyList<FacetValue> Year { get; init; } = [];

    [System.ComponentModel.Description("The years the results are due: a measure's own deadline, else its problem's (facets=all)")]
    public IReadOnlyList<FacetValue> DeadlineYear { get; init; } = [];
}
