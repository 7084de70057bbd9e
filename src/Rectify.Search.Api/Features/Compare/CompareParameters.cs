using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using Rectify.Search.Service.Requests;

namespace Rectify.Search.Api.Features.Compare;

/// <summary>The query string of <c>GET /api/compare</c>.</summary>
public sealed class CompareParameters
{
    [FromQuery(Name = "theme"), Description("Theme id (GET /api/themes): compare the problems tagged with it")]
    public string? Theme { get; init; }

    [FromQuery(Name = "q"), Description("Or a search: compare the problems it finds")]
    public string? Q { get; init; }

    [FromQuery(Name = "metric"), Description("Only targets of this metric, named as any plan names it (全县测土配方施肥技术覆盖率 = 测土配方施肥技术覆盖率)")]
    public string? Metric { get; init; }

    [FromQuery(Name = "province"), Description("Only plans of this province")]
    public string? Province { get; init; }

    [FromQuery(Name = "level"), Description("province, city or county")]
    public string? Level { get; init; }

    [FromQuery(Name = "format"), Description("json (default); csv (every row, codes, for machines); xlsx or docx (every row, a table with Chinese headers and a citation per row, for drafters)")]
    public string? Format { get; init; }

    [FromQuery(Name = "page"), Description("Page of rows, from 1")]
    public int? Page { get; init; }

    [FromQuery(Name = "pageSize"), Description("Rows per page, 1–1000; 100 when not given, every row for a file format")]
    public int? PageSize { get; init; }

    /// <summary>The comparison as the service reads it.</summary>
    public CompareQuery ToQuery() => new() { Theme = Theme, Q = Q, Metric = Metric, Province = Province, Level = Level, Format = Format, Page = Page, PageSize = PageSize };
}
