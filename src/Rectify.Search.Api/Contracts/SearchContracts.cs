using System.ComponentModel;

namespace Rectify.Search.Api.Contracts;

/// <summary>A facet value and how many results carry it.</summary>
public sealed record FacetValue(string Value, string? Name, int Count);

/// <summary>Facet counts over all results, not just the page.</summary>
public sealed record SearchFacets(IReadOnlyList<FacetValue> Theme, IReadOnlyList<FacetValue> Province, IReadOnlyList<FacetValue> Level);

/// <summary>A measure matching the query, under a problem hit, with its highlights.</summary>
public sealed record MeasureMatch(float Score, MeasureRecord Measure, IReadOnlyList<string> Highlights);

/// <summary>
/// A search result. With unit=problem: the problem, its best-matching measures and the problem's highlights. With
/// unit=measure: the measure, its problem and the measure's highlights.
/// </summary>
public sealed record SearchHitRecord(
    float Score, DocumentRecord Document, ProblemRecord Problem,
    [property: Description("unit=measure only")] MeasureRecord? Measure,
    [property: Description("The best-matching sentences, HTML-escaped, matches in <em>")] IReadOnlyList<string> Highlights,
    [property: Description("unit=problem only: the problem's best-matching measures")] IReadOnlyList<MeasureMatch>? Measures);

/// <summary>A page of search results.</summary>
public sealed record SearchResponse(string? Query, int Total, int Page, int PageSize, long TookMs, SearchFacets Facets, IReadOnlyList<SearchHitRecord> Hits)
{
    /// <summary>Whether results match every query term.</summary>
    [Description("all: the first results match every term of the query; partial: no result matches them all, the best partial matches are shown; null without a query")]
    public string? Matched { get; init; }

    /// <summary>How many results match every term.</summary>
    [Description("How many of the results match every term of the query; they rank first, partial matches follow")]
    public int? FullMatches { get; init; }
}

/// <summary>A precedent measure, with the terms it shares with the asking text.</summary>
public sealed record SimilarHitRecord(
    float Score, DocumentRecord Document, ProblemBrief Problem, MeasureRecord Measure,
    [property: Description("The asking text's distinctive terms this measure contains, heaviest first")] IReadOnlyList<string> SharedTerms,
    [property: Description("Further measures with the same text, collapsed into this hit")] IReadOnlyList<string> SameTextIds);

/// <summary>A distinctive term of the asking text and its weight (tf-idf).</summary>
public sealed record TermWeight(string Term, float Weight);

/// <summary>Precedents for a measure or a drafted text.</summary>
public sealed record SimilarResponse(
    [property: Description("The asking measure; null for drafted text")] MeasureRecord? Source,
    string Scope,
    IReadOnlyList<TermWeight> Terms,
    [property: Description("Measures of the asking measure's own plan with its very text")] IReadOnlyList<string> SourceCopies,
    IReadOnlyList<SimilarHitRecord> Hits);

/// <summary>Drafted text to find precedents for.</summary>
public sealed record SimilarTextRequest(
    [property: Description("The drafted measure or problem text")] string? Text,
    [property: Description("How many precedents, 1–100 (default 10)")] int? K,
    [property: Description("other-provinces (default), other-documents or all")] string? Scope,
    [property: Description("The drafter's province, left out by scope other-provinces")] string? Province);
