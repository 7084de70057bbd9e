using Microsoft.AspNetCore.Http.HttpResults;
using Rectify.Search.Service.Contracts;
using Rectify.Search.Service.Knowledge;
using Rectify.Search.Service.Queries;

namespace Rectify.Search.Api.Features.Status;

/// <summary><c>GET /healthz</c>: liveness and what is being served.</summary>
public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", Health)
            .WithName("Health").WithTags("Service")
            .WithSummary("Liveness and index status")
            .WithDescription("Counts of plans, problems and measures in the store, documents in the index, the analyzer version that built it, whether it matches the store, and whether the server takes uploads.");
        return app;
    }

    private static Ok<Health> Health(KnowledgeBase kb, Http.WriteAccessOptions writes) => TypedResults.Ok(kb.Health() with { Writes = !string.IsNullOrEmpty(writes.ApiKey) && !kb.ReadOnly });
}
