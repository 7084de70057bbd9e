using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using Rectify.Search.Core.Enrichment.Themes;
using Rectify.Search.Indexing.Searching;

namespace Rectify.Search.Api.Endpoints;

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

    [FromQuery(Name = "format"), Description("json (default) or csv")]
    public string? Format { get; init; }

    /// <summary>The errors that stop the comparison, keyed by parameter name.</summary>
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(Theme) && string.IsNullOrWhiteSpace(Q))
            errors["theme"] = ["Give theme (GET /api/themes lists them) or q."];
        else if (!string.IsNullOrWhiteSpace(Theme) && !ThemeTaxonomy.Default.ById.ContainsKey(Theme.Trim()))
            errors["theme"] = [$"unknown theme '{Theme}'; GET /api/themes lists the theme ids."];
        if (Q is { Length: > UserQuery.MaxLength })
            errors["q"] = [$"q is {Q.Length:N0} characters long; at most {UserQuery.MaxLength:N0} are searched."];
        if (Level is not null and not ("province" or "city" or "county"))
            errors["level"] = [$"level must be province, city or county, not '{Level}'."];
        if (Format is not null and not ("json" or "csv"))
            errors["format"] = [$"format must be json or csv, not '{Format}'."];
        return errors;
    }
}
