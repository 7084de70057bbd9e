using Rectify.Search.Core.Model;
using Rectify.Search.Indexing.Schema;
using Rectify.Search.Indexing.Searching;
using Rectify.Search.Service.Comparing;
using Rectify.Search.Service.Contracts;
using Rectify.Search.Service.Knowledge;
using Rectify.Search.Service.Queries;
using Rectify.Search.Service.Requests;
using Rectify.Search.Writing;

namespace Rectify.Search.Service.Export;

/// <summary>Result lists as tables: every page of a search (up to <see cref="ResultTables.Limit"/>), a precedent lookup, a comparison.</summary>
public static class ResultExports
{
    /// <summary>Every result of a search from its first, up to the limit, as a table; null when it holds nothing to search for.</summary>
    public static ResultTable? SearchTable(this KnowledgeBase kb, SearchRequest request)
    {
        var hits = new List<SearchHitRecord>();
        var total = 0;
        for (var page = 1; hits.Count < ResultTables.Limit; page++)
        {
            if (kb.Search(request with { Page = page, PageSize = Requests.SearchQuery.MaxPageSize }) is not { } response)
                return null;
            total = response.Total;
            hits.AddRange(response.Hits.Take(ResultTables.Limit - hits.Count));
            if (response.Hits.Count < Requests.SearchQuery.MaxPageSize || page * Requests.SearchQuery.MaxPageSize >= total)
                break;
        }
        IReadOnlyList<MeasureRecord> MeasuresOf(string problemId) =>
            kb.Problem(problemId) is var (plan, problem) ? problem.Measures.Select(m => m.ToRecord(problem, plan)).ToList() : [];
        return ResultTables.Search(request.Query ?? "", Criteria(request), request.Unit == SearchUnit.Measure, total, hits, MeasuresOf);
    }

    /// <summary>A comparison as a table: its theme by name, and its province and level as criteria lines.</summary>
    public static ResultTable ComparisonTable(CompareResponse response, CompareRequest r) =>
        ResultTables.Comparison(response, r.Theme is null ? null : Name(IndexFields.Theme, r.Theme), Lines(("省份", r.Province), ("层级", LevelName(r.Level))));

    /// <summary>Precedents as a table, their scope said as a drafter reads it: 其他省份（不含湖南省）.</summary>
    public static ResultTable PrecedentTable(SimilarResponse response, string asking, PrecedentRequest r) =>
        ResultTables.Precedents(response, asking, PrecedentNames.ScopeLabel(r.Scope) + (r.Province is { } province ? $"（不含{province}）" : ""));

    /// <summary>The filters of a search as a drafter reads them: 省份：江西省, 主题：化肥减量、矿山生态修复, 年份：2019–2021.</summary>
    public static IReadOnlyList<string> Criteria(SearchRequest r) => Lines(
        ("省份", r.Province),
        ("市", r.City),
        ("县（区）", r.County),
        ("层级", LevelName(r.Level)),
        ("主题", r.Themes is { Count: > 0 } t ? string.Join("、", t.Select(id => Name(IndexFields.Theme, id))) : null),
        ("牵头部门", r.Departments is { Count: > 0 } d ? string.Join("、", d.Select(id => Name(IndexFields.Department, id))) : null),
        ("提及地点", r.Places is { Count: > 0 } p ? string.Join("、", p.Select(code => Name(IndexFields.Place, code))) : null),
        ("方案", r.DocumentId),
        ("年份", Range(r.YearFrom?.ToString(System.Globalization.CultureInfo.InvariantCulture), r.YearTo?.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        ("整改时限", Range(r.DeadlineFrom?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), r.DeadlineTo?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))));

    /// <summary>"label：value" for each criterion given.</summary>
    private static IReadOnlyList<string> Lines(params (string Label, string? Value)[] criteria) =>
        criteria.Where(c => !string.IsNullOrWhiteSpace(c.Value)).Select(c => $"{c.Label}：{c.Value}").ToList();

    /// <summary>A facet value's name as search facets give it (化肥减量, 农业农村, 河南省濮阳市台前县), its id when it has none.</summary>
    private static string Name(string field, string value) => SearchQueries.Label(field, value) ?? value;

    private static string? LevelName(RegionLevel? level) => level is { } l ? Name(IndexFields.Level, l.Wire()) : null;

    private static string? Range(string? from, string? to) =>
        from is null && to is null ? null : from == to ? from : $"{from ?? "…"}—{to ?? "…"}";
}
