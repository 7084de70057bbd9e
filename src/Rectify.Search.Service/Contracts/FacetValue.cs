namespace Rectify.Search.Service.Contracts;

/// <summary>A facet value and how many results carry it.</summary>
public sealed record FacetValue(string Value, string? Name, int Count);
