using Microsoft.AspNetCore.Http.HttpResults;
using Rectify.Search.Service.Queries;

namespace Rectify.Search.Api.Features.Regions;

/// <summary><c>GET /api/divisions</c>: provinces, cities and counties of GB/T 2260 by name or code, for completion.</summary>
public static class DivisionsApi
{
    public static RouteGroupBuilder MapDivisionsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/divisions", Complete)
            .WithName("Divisions").WithTags("Service")
            .WithSummary("Regions by name or code")
            .WithDescription("Divisions of GB/T 2260 whose name or code starts with q (then those whose name contains it), provinces first; each with its code, name, full name under its province, level and province. Without q, the provinces.");
        return api;
    }

    private static Ok<IReadOnlyList<RegionQueries.RegionOption>> Complete(
        [System.ComponentModel.Description("A name (湖南, 保靖), a full name or a code (4331)")] string? q = null,
        [System.ComponentModel.Description("How many, 1–50 (default 10)")] int? limit = null) =>
        TypedResults.Ok(RegionQueries.Complete(q, Math.Clamp(limit ?? 10, 1, 50)));
}
