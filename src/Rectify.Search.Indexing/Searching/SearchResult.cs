namespace Rectify.Search.Indexing.Searching;

public sealed record SearchResult(int Total, IReadOnlyList<SearchHit> Hits, IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets, TimeSpan Took)
{
    /// <summary><c>all</c> when results match every term of the query, <c>partial</c> when none does; null without a query.</summary>
    public string? Matched { get; init; }

    /// <summary>How many results match every term (the fused ranking mostly puts them first); null without a query.</summary>
    public int? FullMatches { get; init; }
}
