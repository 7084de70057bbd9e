using Rectify.Search.Core.Model;

namespace Rectify.Search.Indexing.Searching;

/// <summary>What to return: problems (with their best measures) or measures.</summary>
public enum SearchUnit
{
    Problem,
    Measure,
}

/// <summary>A search: query text (optional when a filter is given), filters, unit and page.</summary>
public sealed record SearchRequest(
    string? Query,
    SearchUnit Unit = SearchUnit.Problem,
    IReadOnlyList<string>? Themes = null,
    string? Province = null,
    string? City = null,
    string? County = null,
    RegionLevel? Level = null,
    string? DocumentId = null,
    int? YearFrom = null,
    int? YearTo = null,
    DateOnly? DeadlineFrom = null,
    DateOnly? DeadlineTo = null,
    int Page = 1,
    int PageSize = 10);

/// <summary>One matching record: its ids, score and highlighted passages.</summary>
public sealed record RecordHit(string Id, string Kind, string DocumentId, string? ProblemId, float Score, IReadOnlyList<string> Highlights);

/// <summary>A result row: a problem with its best measures, or a measure.</summary>
public sealed record SearchHit(string Id, string DocumentId, string ProblemId, float Score, IReadOnlyList<string> Highlights, IReadOnlyList<RecordHit> Measures);

/// <summary>A facet value and how many results carry it.</summary>
public sealed record FacetCount(string Value, int Count);

public sealed record SearchResult(int Total, IReadOnlyList<SearchHit> Hits, IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets, TimeSpan Took)
{
    /// <summary><c>all</c> when results match every term of the query (they rank first), <c>partial</c> when none does; null without a query.</summary>
    public string? Matched { get; init; }

    /// <summary>How many results match every term (they rank first); null without a query.</summary>
    public int? FullMatches { get; init; }
}
