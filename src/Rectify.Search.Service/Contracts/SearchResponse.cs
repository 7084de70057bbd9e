using System.ComponentModel;

namespace Rectify.Search.Service.Contracts;

/// <summary>A page of search results.</summary>
public sealed record SearchResponse(string? Query, int Total, int Page, int PageSize, long TookMs, SearchFacets Facets, IReadOnlyList<SearchHitRecord> Hits)
{
    /// <summary>Whether results match every query term.</summary>
    [Description("all: the first results match every term of the query; partial: no result matches them all, the best partial matches are shown; null without a query")]
    public string? Matched { get; init; }

    /// <summary>How many results match every term.</summary>
    [Description("How many of the results match every term of the query (the fused ranking mostly puts them first)")]
    public int? FullMatches { get; init; }
}
