using Rectify.Search.Service.Comparing;

namespace Rectify.Search.Service.Requests;

/// <summary>A comparison as a front end receives it, unchecked.</summary>
public sealed record CompareQuery
{
    public string? Theme { get; init; }
    public string? Q { get; init; }
    public string? Metric { get; init; }
    public string? Province { get; init; }
    public string? Level { get; init; }
    /// <summary>json, csv, xlsx or docx; null for json.</summary>
    public string? Format { get; init; }
    public int? Page { get; init; }
    /// <summary>Rows per page; <see cref="DefaultPageSize"/> when none is asked for, except a file (CSV, .xlsx, .docx) without a page, which has every row.</summary>
    public int? PageSize { get; init; }

    /// <summary>Rows per JSON page when none is asked for, and the most a page may hold.</summary>
    public const int DefaultPageSize = 100, MaxPageSize = 1000;

    /// <summary>The comparison this asks for, or what stops it.</summary>
    public Checked<CompareRequest> Check()
    {
        var errors = new List<RequestError>();
        var theme = string.IsNullOrWhiteSpace(Theme) ? null : Theme.Trim();
        if (theme is null && string.IsNullOrWhiteSpace(Q))
            errors.Add(new(RequestField.Theme, "or {other} is needed: a theme's id or name (GET /api/themes lists them) or words to search for.", RequestField.Query));
        else if (theme is not null)
            theme = RequestMessages.Themes([theme], errors).Single();
        RequestMessages.CheckLength(Q, errors);
        var level = RequestMessages.Level(Level, errors);
        var format = Export.ExportFormats.Parse(Format, errors);
        if (Page is < 1)
            errors.Add(new(RequestField.Page, "starts at 1."));
        if (PageSize is < 1 or > MaxPageSize)
            errors.Add(new(RequestField.PageSize, $"must be between 1 and {MaxPageSize}."));
        var file = format is not null and not Export.ExportFormat.Json;
        return errors.Count > 0
            ? Checked<CompareRequest>.Invalid(errors)
            : Checked<CompareRequest>.Valid(new CompareRequest(theme, string.IsNullOrWhiteSpace(Q) ? null : Q, string.IsNullOrWhiteSpace(Metric) ? null : Metric.Trim(),
                string.IsNullOrWhiteSpace(Province) ? null : Province.Trim(), level, Page ?? 1, PageSize ?? (file && Page is null ? null : DefaultPageSize)) { Format = format!.Value });
    }
}
