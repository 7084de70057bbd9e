using Microsoft.AspNetCore.Http.HttpResults;
using Rectify.Search.Api.Http;
using Rectify.Search.Service.Comparing;
using Rectify.Search.Service.Contracts;
using Rectify.Search.Service.Export;
using Rectify.Search.Service.Knowledge;
using Rectify.Search.Service.Requests;

namespace Rectify.Search.Api.Features.Compare;

/// <summary><c>GET /api/compare</c>: plans side by side on a theme.</summary>
public static class CompareApi
{
    public static RouteGroupBuilder MapCompareApi(this RouteGroupBuilder api)
    {
        api.MapGet("/compare", Compare)
            .CacheOutput(ReadCache.Policy)
            .WithName("Compare").WithTags("Comparison")
            .WithSummary("Compare plans on a theme")
            .WithDescription("""
                One row per plan, sorted by region code: the plan's problems on the theme (or found by q), their numeric
                targets (metric, comparator, value, unit, due date), deadlines, lead units and measure count. metric
                narrows the targets to one metric however each plan names it. JSON answers a page of rows (100 unless
                pageSize says otherwise, at most 1000) with total, the number of plans in the whole comparison;
                format=csv returns every row as CSV (codes, for machines) unless page or pageSize is given; format=xlsx or
                docx returns them as a table for drafters (Chinese headers, region, level, year, the plan's title, its
                problems on the theme, targets, deadlines, lead units, measure count and a citation per row).
                """)
            .Produces<CompareResponse>(StatusCodes.Status200OK, "application/json")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: ExportFormats.XlsxType)
            .Produces(StatusCodes.Status200OK, contentType: ExportFormats.DocxType);
        return api;
    }

    private static Results<Ok<CompareResponse>, FileContentHttpResult, ValidationProblem> Compare([AsParameters] CompareParameters parameters, KnowledgeBase kb)
    {
        var request = parameters.ToQuery().Check();
        if (request.Value is not { } r)
            return ParameterNames.Problem(request.Errors);
        if (kb.Compare(r) is not { } response)
            return ParameterNames.Problem([RequestMessages.NothingToSearch]);
        if (r.Csv)
            return TypedResults.File(CompareCsv.Of(response), "text/csv; charset=utf-8", $"compare-{r.Theme ?? "search"}.csv");
        if (r.Format == ExportFormat.Json)
            return TypedResults.Ok(response);
        var file = ExportFormats.Write(ResultExports.ComparisonTable(response, r), r.Format);
        return TypedResults.File(file.Bytes, file.ContentType, file.FileName);
    }
}
