namespace Rectify.Search.Service.Contracts;

/// <summary>Facet counts over all results, not just the page.</summary>
public sealed record SearchFacets(IReadOnlyList<FacetValue> Theme, IReadOnlyList<FacetValue> Province, IReadOnlyList<FacetValue> Level);
