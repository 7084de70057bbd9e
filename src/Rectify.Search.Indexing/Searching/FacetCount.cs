namespace Rectify.Search.Indexing.Searching;

/// <summary>A facet value and how many results carry it.</summary>
public sealed record FacetCount(string Value, int Count);
