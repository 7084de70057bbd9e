using Rectify.Search.Core.Enrichment.Themes;
using Rectify.Search.Core.Model;
using Rectify.Search.Indexing.Searching;
using Rectify.Search.Service.Contracts;
using Rectify.Search.Service.Knowledge;
using Rectify.Search.Service.Queries;
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

    /// <summary>A theme's name for the criteria line (化肥减量), its id when unknown.</summary>
    public static string ThemeName(string id) => ThemeTaxonomy.Default.ById.GetValueOrDefault(id)?.Name ?? id;

    /// <summary>The filters of a search as a drafter reads them: 省份：江西省, 主题：化肥减量、矿山生态修复, 年份：2019–2021.</summary>
    public static IReadOnlyList<string> Criteria(SearchRequest r)
    {
        var lines = new List<string>();
        void Add(string label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
                lines.Add($"{label}：{value}");
        }
        Add("省份", r.Province);
        Add("市", r.City);
        Add("县（区）", r.County);
        Add("层级", r.Level is { } level ? Labels.Default.Zh("region-level", level.Wire()) : null);
        Add("主题", r.Themes is { Count: > 0 } t ? string.Join("、", t.Select(ThemeName)) : null);
        Add("牵头部门", r.Departments is { Count: > 0 } d ? string.Join("、", d.Select(id => SearchQueries.Label(Indexing.Schema.IndexFields.Department, id) ?? id)) : null);
        Add("提及地点", r.Places is { Count: > 0 } p ? string.Join("、", p.Select(code => SearchQueries.PlaceName(code) ?? code)) : null);
        Add("方案", r.DocumentId);
        Add("年份", Range(r.YearFrom?.ToString(System.Globalization.CultureInfo.InvariantCulture), r.YearTo?.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Add("整改时限", Range(r.DeadlineFrom?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), r.DeadlineTo?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        return lines;
    }

    private static string? Range(string? from, string? to) =>
        from is null && to is null ? null : from == to ? from : $"{from ?? "…"}—{to ?? "…"}";
}
