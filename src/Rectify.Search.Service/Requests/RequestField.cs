namespace Rectify.Search.Service.Requests;

/// <summary>
/// A field of a request in the application's terms. Each front end names it its own way (the API: <c>q</c>,
/// <c>pageSize</c>; the CLI: the query argument, <c>--page-size</c>) when it reports a <see cref="RequestError"/>.
/// </summary>
public enum RequestField
{
    Query,
    Text,
    Id,
    Theme,
    Province,
    City,
    County,
    Level,
    Document,
    YearFrom,
    YearTo,
    DeadlineFrom,
    DeadlineTo,
    Unit,
    Page,
    PageSize,
    Metric,
    Format,
    Count,
    Scope,
    Department,
    Facets,
    Place,
}
