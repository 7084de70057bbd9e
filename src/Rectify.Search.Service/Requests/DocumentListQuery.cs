namespace Rectify.Search.Service.Requests;

/// <summary>A page of the plan list as a front end receives it, unchecked.</summary>
public sealed record DocumentListQuery
{
    public int? Page { get; init; }
    public int? PageSize { get; init; }

    /// <summary>Plans per page when none is asked for, and the most that may be.</summary>
    public const int DefaultPageSize = 100, MaxPageSize = 1000;

    /// <summary>The page this asks for (1-based page, page size), or what stops it.</summary>
    public Checked<DocumentListRequest> Check()
    {
        var errors = new List<RequestError>();
        if (Page is < 1)
            errors.Add(new(RequestField.Page, "starts at 1."));
        if (PageSize is < 1 or > MaxPageSize)
            errors.Add(new(RequestField.PageSize, $"must be between 1 and {MaxPageSize}."));
        return errors.Count > 0
            ? Checked<DocumentListRequest>.Invalid(errors)
            : Checked<DocumentListRequest>.Valid(new DocumentListRequest(Page ?? 1, PageSize ?? DefaultPageSize));
    }
}

/// <summary>A checked page of the plan list.</summary>
public sealed record DocumentListRequest(int Page, int PageSize);
