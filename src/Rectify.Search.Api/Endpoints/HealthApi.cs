using Microsoft.AspNetCore.Http.HttpResults;
using Rectify.Search.Api.Contracts;
using Rectify.Search.Api.Services;

namespace Rectify.Search.Api.Endpoints;

/// <summary><c>GET /healthz</c>: liveness and what is being served.</summary>
public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", Health)
            .WithName("Health").WithTags("Service")
            .WithSummary("Liveness and index status")
            .WithDescription("Counts of plans, problems and measures in the store, documents in the index, the analyzer version that built it, and whether it matches the store.");
        return app;
    }

    private static Ok<Health> Health(KnowledgeBase kb)
    {
        var s = kb.Status();
        return TypedResults.Ok(new Health(s.IndexCurrent ? "ok" : "stale-index", s.Documents, s.Problems, s.Measures, s.IndexDocuments, s.IndexVersion, s.IndexCurrent));
    }
}
