using System.Globalization;
using Rectify.Search.Indexing.Searching;

namespace Rectify.Search.Service.Requests;

/// <summary>A search as a front end receives it, unchecked: text and numbers as typed.</summary>
public sealed record SearchQuery
{
    public string? Q { get; init; }
    public string? Province { get; init; }
    public string? City { get; init; }
    public string? County { get; init; }
    public string? Level { get; init; }
    public IReadOnlyList<string?>? Themes { get; init; }
    public IReadOnlyList<string?>? Departments { get; init; }

    /// <summary>Places a problem names (codes or names): 台前县 in a 濮阳市 notice.</summary>
    public IReadOnlyList<string?>? Places { get; init; }
    public string? Facets { get; init; }
    public string? DocumentId { get; init; }
    public int? YearFrom { get; init; }
    public int? YearTo { get; init; }
    public string? DeadlineFrom { get; init; }
    public string? DeadlineTo { get; init; }
    public string? Unit { get; init; }
    public int? Page { get; init; }
    public int? PageSize { get; init; }

    /// <summary>Results per page when none is asked for, and the most that may be.</summary>
    public const int DefaultPageSize = 10, MaxPageSize = 100;

    /// <summary>The search this asks for, or what stops it.</summary>
    public Checked<SearchRequest> Check()
    {
        var errors = new List<RequestError>();
        RequestMessages.CheckLength(Q, errors);
        var level = RequestMessages.Level(Level, errors);
        var unit = Unit switch
        {
            null or "problem" => SearchUnit.Problem,
            "measure" => SearchUnit.Measure,
            _ => (SearchUnit?)null,
        };
        if (unit is null)
            errors.Add(new(RequestField.Unit, $"must be problem or measure, not '{Unit}'."));
        if (Page is < 1)
            errors.Add(new(RequestField.Page, "starts at 1."));
        if (PageSize is < 1 or > MaxPageSize)
            errors.Add(new(RequestField.PageSize, $"must be between 1 and {MaxPageSize}."));
        if (YearFrom > YearTo)
            errors.Add(new(RequestField.YearFrom, $"({YearFrom}) is after {{other}} ({YearTo}).", RequestField.YearTo));
        var deadlineFrom = ParseDate(DeadlineFrom, RequestField.DeadlineFrom, end: false, errors);
        var deadlineTo = ParseDate(DeadlineTo, RequestField.DeadlineTo, end: true, errors);
        if (deadlineFrom > deadlineTo)
            errors.Add(new(RequestField.DeadlineFrom, $"({deadlineFrom:yyyy-MM-dd}) is after {{other}} ({deadlineTo:yyyy-MM-dd}).", RequestField.DeadlineTo));
        if (Facets is not null and not ("basic" or "all"))
            errors.Add(new(RequestField.Facets, $"must be basic or all, not '{Facets}'."));
        var themes = RequestMessages.Themes(Themes, errors);
        var departments = RequestMessages.Departments(Departments, errors);
        var places = RequestMessages.Places(Places, errors);
        var hasFilter = Province is not null || City is not null || County is not null || Level is not null || themes.Count > 0 || departments.Count > 0 || Places?.Any(p => !string.IsNullOrWhiteSpace(p)) == true
            || DocumentId is not null || YearFrom is not null || YearTo is not null || deadlineFrom is not null || deadlineTo is not null;
        if (string.IsNullOrWhiteSpace(Q) && !hasFilter && errors.All(e => e.Field != RequestField.Query))
            errors.Add(new(RequestField.Query, "is empty: give words, or a filter (province, city, county, level, theme, department, place, document, years, deadlines)."));
        if (errors.Count > 0)
            return Checked<SearchRequest>.Invalid(errors);
        return Checked<SearchRequest>.Valid(new SearchRequest(Q, unit!.Value, themes.Count == 0 ? null : themes, Province, City, County, level, DocumentId,
            YearFrom, YearTo, deadlineFrom, deadlineTo, Page ?? 1, PageSize ?? DefaultPageSize, departments.Count == 0 ? null : departments, Facets == "all",
            Places: places.Count == 0 ? null : places));
    }

    /// <summary>yyyy-MM-dd, yyyy-MM or yyyy; a month or year stands for its first day (from) or its last (to).</summary>
    private static DateOnly? ParseDate(string? text, RequestField field, bool end, List<RequestError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        foreach (var format in new[] { "yyyy-MM-dd", "yyyy-MM", "yyyy" })
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
        errors.Add(new(field, $"must be a date as yyyy-MM-dd, yyyy-MM or yyyy, not '{text}'."));
        return null;
    }
}
