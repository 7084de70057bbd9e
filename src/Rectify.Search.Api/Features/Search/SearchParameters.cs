using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using Rectify.Search.Service.Requests;

namespace Rectify.Search.Api.Features.Search;

/// <summary>The query string of <c>GET /api/search</c>.</summary>
public sealed class SearchParameters
{
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

    [FromQuery(Name = "department"), Description("A department leading the problem (牵头单位, else 责任单位), by id (agriculture) or name (农业农村), as the department facet lists them; repeat for any of several")]
    public string[]? Department { get; init; }

    [FromQuery(Name = "place"), Description("A place the problem names (台前县 in a 濮阳市 notice), by GB/T 2260 code (410927) or full name (台前县), as the place facet lists them; repeat for any of several")]
    public string[]? Place { get; init; }

    [FromQuery(Name = "facets"), Description("basic (default): theme, province and level counts; all: also city, county, department, place, year and deadlineYear (each costs a little per hit)")]
    public string? Facets { get; init; }

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

    [FromQuery(Name = "format"), Description("json (default): a page of results; csv, xlsx or docx: every result from the first, up to 1,000, as a table with Chinese headers, the plan's title, region, year, problem number, the problem's measures (unit=problem) or the measure (unit=measure), and a citation per row; page and pageSize are then ignored")]
    public string? Format { get; init; }

    /// <summary>The search as the service reads it.</summary>
    public SearchQuery ToQuery() => new()
    {
        Q = Q, Province = Province, City = City, County = County, Level = Level, Themes = Theme, Departments = Department, Places = Place, Facets = Facets, DocumentId = DocumentId,
        YearFrom = YearFrom, YearTo = YearTo, DeadlineFrom = DeadlineFrom, DeadlineTo = DeadlineTo, Unit = Unit, Page = Page, PageSize = PageSize,
    };
}
