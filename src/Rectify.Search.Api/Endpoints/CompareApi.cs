using Microsoft.AspNetCore.Http.HttpResults;
using Rectify.Search.Api.Contracts;
using Rectify.Search.Api.Services;

namespace Rectify.Search.Api.Endpoints;

/// <summary><c>GET /api/compare</c>: plans side by side on a theme.</summary>
public static class CompareApi
{
    public static RouteGroupBuilder MapCompareApi(this RouteGroupBuilder api)
    {
        api.MapGet("/compare", Compare)
            .WithName("Compare").WithTags("Comparison")
            .WithSummary("Compare plans on a theme")
            .WithDescription("""
                One row per plan, sorted by region code: the plan's problems on the theme (or found by q), their numeric
                targets (metric, comparator, value, unit, due date), deadlines, lead units and measure count. metric
                narrows the targets to one metric however each plan names it. format=csv returns the same table as CSV.
                """)
            .Produces<CompareResponse>(StatusCodes.Status200OK, "application/json")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
        return api;
    }

    private static Results<Ok<CompareResponse>, FileContentHttpResult, ValidationProblem> Compare([AsParameters] CompareParameters parameters, KnowledgeBase kb)
    {
        var errors = parameters.Validate();
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);
        var request = new CompareRequest(parameters.Theme?.Trim() is { Length: > 0 } t ? t : null, parameters.Q, parameters.Metric, parameters.Province, parameters.Level);
        if (kb.Compare(request) is not { } response)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["q"] = [SearchParameters.NothingToSearch] });
        return parameters.Format == "csv"
            ? TypedResults.File(Comparison.ToCsv(response), "text/csv; charset=utf-8", $"compare-{request.Theme ?? "search"}.csv")
            : TypedResults.Ok(response);
    }
}
