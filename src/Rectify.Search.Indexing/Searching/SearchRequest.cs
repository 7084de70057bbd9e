using Rectify.Search.Core.Model;

namespace Rectify.Search.Indexing.Searching;

/// <summary>A search: query text (optional when a filter is given), filters, unit and page.</summary>
/// <param name="Fill">When fewer than a page of records match every concept of the query, the broad lexical arms may
/// add theirs (a drafter's own words). Off for a comparison, which lists only plans whose problems the query is about.</param>
/// <param name="Places">Records of problems that name any of these places (GB/T 2260 codes).</param>
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
    int PageSize = 10,
    IReadOnlyList<string>? Departments = null,
    bool AllFacets = false,
    bool Fill = true,
    IReadOnlyList<string>? Places = null);
