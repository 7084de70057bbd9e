using System.ComponentModel;

namespace Rectify.Search.Service.Contracts;

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
    [property: Description("unit=measure: precedent measures")] IReadOnlyList<SimilarHitRecord> Hits)
{
    /// <summary>The asking problem, when precedents are asked for a stored problem.</summary>
    [Description("The asking problem (GET /api/problems/{id}/similar); null otherwise")]
    public ProblemRecord? SourceProblem { get; init; }

    /// <summary>What the precedents are.</summary>
    [Description("measure (default), problem or target")]
    public string Unit { get; init; } = "measure";

    /// <summary>unit=problem: precedent problems.</summary>
    [Description("unit=problem: problems of other plans like the asking text, with the terms they share")]
    public IReadOnlyList<SimilarProblemRecord>? Problems { get; init; }

    /// <summary>unit=target: the targets read from the asking text.</summary>
    [Description("unit=target: the targets read from the asking text (metric, comparator, value, unit)")]
    public IReadOnlyList<TargetRecord>? AskingTargets { get; init; }

    /// <summary>unit=target: precedent targets.</summary>
    [Description("unit=target: targets other plans set on the same metric, nearest value first")]
    public IReadOnlyList<SimilarTargetRecord>? Targets { get; init; }
}

/// <summary>A precedent problem.</summary>
public sealed record SimilarProblemRecord(float Score, DocumentRecord Document, ProblemRecord Problem,
    [property: Description("The asking text's distinctive terms this problem contains, heaviest first")] IReadOnlyList<string> SharedTerms);

/// <summary>A precedent target: one another plan set on the same metric.</summary>
public sealed record SimilarTargetRecord(
    [property: Description("Closeness 0–1: same metric; nearer value, same unit and direction score higher")] double Score,
    DocumentRecord Document, ProblemBrief Problem, TargetRecord Target,
    [property: Description("The metric both name, then words the two target texts share")] IReadOnlyList<string> SharedTerms);

/// <summary>Drafted text to find precedents for.</summary>
public sealed record SimilarTextRequest(
    [property: Description("The drafted measure or problem text")] string? Text,
    [property: Description("How many precedents, 1–100 (default 10)")] int? K,
    [property: Description("other-provinces (default), other-documents or all")] string? Scope,
    [property: Description("The drafter's province, left out by scope other-provinces")] string? Province,
    [property: Description("measure (default), problem or target: what precedents to find")] string? Unit = null);
