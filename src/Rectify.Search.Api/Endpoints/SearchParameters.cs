using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Rectify.Search.Core.Enrichment.Themes;
using Rectify.Search.Indexing.Searching;

namespace Rectify.Search.Api.Endpoints;

/// <summary>The query string of <c>GET /api/search</c>.</summary>
public sealed class SearchParameters
{
    /// <summary>Why a query with no searchable word and no filter is refused.</summary>
    public const string NothingToSearch = "q holds nothing to search for (only punctuation, symbols or stop words); give words or a filter.";

    [FromQuery(Name = "q"), Description("Words, \"exact phrases\" and -exclusions; at most 1,000 characters. May be omitted when a filter is given.")]
    public string? Q { get; init; }

    [FromQuery(Name = "province"), Description("Province as printed in GB/T 2260, e.g. 江西省")]
    public string? Province { get; init; }

    [FromQuery(Name = "city"), Description("City, e.g. 赣州市")]
    public string? City { get; init; }

    [FromQuery(Name = "county"), Description("County or district, e.g. 兴国县")]
    public string? County { get; init; }

    [FromQuery(Name = "level"), Description("province, city or county: the level of the plan's region")]
    public string? Level { get; init; }

    [FromQuery(Name = "theme"), Description("Theme id (GET /api/themes lists them); repeat for any of several. Problems are filtered by their own themes, measures also by the themes of their own text")]
    public string[]? Theme { get; init; }

    [FromQuery(Name = "documentId"), Description("Only this plan")]
    public string? DocumentId { get; init; }

    [FromQuery(Name = "yearFrom"), Description("Plans of this year or later")]
    public int? YearFrom { get; init; }

    [FromQuery(Name = "yearTo"), Description("Plans of this year or earlier")]
    public int? YearTo { get; init; }

    [FromQuery(Name = "deadlineFrom"), Description("Deadlines on or after: yyyy-MM-dd, yyyy-MM (its first day) or yyyy")]
    public string? DeadlineFrom { get; init; }

    [FromQuery(Name = "deadlineTo"), Description("Deadlines on or before: yyyy-MM-dd, yyyy-MM (its last day) or yyyy")]
    public string? DeadlineTo { get; init; }

    [FromQuery(Name = "unit"), Description("problem (default): problems with their best measures; measure: measures")]
    public string? Unit { get; init; }

    [FromQuery(Name = "page"), Description("1-based page (default 1)")]
    public int? Page { get; init; }

    [FromQuery(Name = "pageSize"), Description("Results per page, 1–100 (default 10)")]
    public int? PageSize { get; init; }

    /// <summary>The search these parameters ask for, or the errors that stop it, keyed by parameter name.</summary>
    public (SearchRequest? Request, Dictionary<string, string[]> Errors) Validate()
    {
        var errors = new Dictionary<string, string[]>();
        void Error(string name, string message) => errors[name] = [message];

        if (Q is { Length: > UserQuery.MaxLength })
            Error("q", $"q is {Q.Length:N0} characters long; at most {UserQuery.MaxLength:N0} are searched.");
        if (Level is not null and not ("province" or "city" or "county"))
            Error("level", $"level must be province, city or county, not '{Level}'.");
        var unit = Unit switch
        {
            null or "problem" => SearchUnit.Problem,
            "measure" => SearchUnit.Measure,
            _ => (SearchUnit?)null,
        };
        if (unit is null)
            Error("unit", $"unit must be problem or measure, not '{Unit}'.");
        if (Page is < 1)
            Error("page", "page starts at 1.");
        if (PageSize is < 1 or > 100)
            Error("pageSize", "pageSize must be between 1 and 100.");
        if (YearFrom > YearTo)
            Error("yearFrom", $"yearFrom ({YearFrom}) is after yearTo ({YearTo}).");
        var deadlineFrom = ParseDate(DeadlineFrom, "deadlineFrom", end: false, Error);
        var deadlineTo = ParseDate(DeadlineTo, "deadlineTo", end: true, Error);
        if (deadlineFrom > deadlineTo)
            Error("deadlineFrom", $"deadlineFrom ({deadlineFrom:yyyy-MM-dd}) is after deadlineTo ({deadlineTo:yyyy-MM-dd}).");
        var themes = Theme?.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).ToList();
        if (themes?.Where(t => !ThemeTaxonomy.Default.ById.ContainsKey(t)).ToList() is { Count: > 0 } unknown)
            Error("theme", $"unknown theme {string.Join(", ", unknown.Select(t => $"'{t}'"))}; GET /api/themes lists the theme ids.");
        var hasFilter = Province is not null || City is not null || County is not null || Level is not null || themes is { Count: > 0 }
            || DocumentId is not null || YearFrom is not null || YearTo is not null || deadlineFrom is not null || deadlineTo is not null;
        if (string.IsNullOrWhiteSpace(Q) && !hasFilter && !errors.ContainsKey("q"))
            Error("q", "Give q, or a filter (province, city, county, level, theme, documentId, yearFrom, yearTo, deadlineFrom, deadlineTo).");
        if (errors.Count > 0)
            return (null, errors);
        return (new SearchRequest(Q, unit!.Value, themes, Province, City, County, Level, DocumentId, YearFrom, YearTo, deadlineFrom, deadlineTo,
            Page ?? 1, PageSize ?? 10), errors);
    }

    /// <summary>yyyy-MM-dd, yyyy-MM or yyyy; a month or year stands for its first day (from) or its last (to).</summary>
    private static DateOnly? ParseDate(string? text, string name, bool end, Action<string, string> error)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var formats = new[] { "yyyy-MM-dd", "yyyy-MM", "yyyy" };
        foreach (var format in formats)
        {
            if (!DateOnly.TryParseExact(text.Trim(), format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                continue;
            return !end ? date : format switch
            {
                "yyyy-MM" => date.AddMonths(1).AddDays(-1),
                "yyyy" => new DateOnly(date.Year, 12, 31),
                _ => date,
            };
        }
        error(name, $"{name} must be a date as yyyy-MM-dd, yyyy-MM or yyyy, not '{text}'.");
        return null;
    }
}
