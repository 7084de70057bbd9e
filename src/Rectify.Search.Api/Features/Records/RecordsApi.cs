using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Rectify.Search.Api.Http;
using Rectify.Search.Service.Contracts;
using Rectify.Search.Service.Knowledge;
using Rectify.Search.Service.Queries;
using Rectify.Search.Service.Requests;

namespace Rectify.Search.Api.Features.Records;

/// <summary>The stored records: plans, problems, measures and the regions they cover.</summary>
public static class RecordsApi
{
    public static RouteGroupBuilder MapRecordsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/documents", Documents)
            .CacheOutput(ReadCache.Policy)
            .WithName("ListDocuments").WithTags("Records")
            .WithSummary("List the plans, a page at a time")
            .WithDescription("The plans in id order with their region, year, inspection and counts of problems and measures: `page` (1-based), `pageSize` (1–1000, default 100), with the total.");
        api.MapGet("/documents/{id}", Document)
            .WithName("GetDocument").WithTags("Records")
            .WithSummary("One plan with its problems and measures")
            .WithDescription("The plan's metadata and its problem list in printed order, each problem with every field and its measures.");
        api.MapGet("/problems/{id}", Problem)
            .WithName("GetProblem").WithTags("Records")
            .WithSummary("One problem")
            .WithDescription("A problem (id <documentId>.p<N>) with its plan and measures; the deadline is read into a date, kind and status.");
        api.MapGet("/measures/{id}", Measure)
            .WithName("GetMeasure").WithTags("Records")
            .WithSummary("One measure")
            .WithDescription("A measure (id <documentId>.p<N>.m<M>) with its plan and problem.");
        api.MapGet("/themes", Themes)
            .CacheOutput(ReadCache.Policy)
            .WithName("ListThemes").WithTags("Records")
            .WithSummary("The theme taxonomy with counts")
            .WithDescription("""
                The 37 themes (ids fixed), each with its scope and how many problems it tags (any, and as primary theme)
                and how many measures carry it in their own text. Every problem and measure record lists its themes with
                the matches that made them.
                """);
        api.MapGet("/regions", Regions)
            .CacheOutput(ReadCache.Policy)
            .WithName("ListRegions").WithTags("Records")
            .WithSummary("Regions in the corpus")
            .WithDescription("Each region (GB/T 2260) that has a plan, by code, with its plans.");
        return api;
    }

    private static Results<Ok<DocumentPage>, ValidationProblem> Documents(KnowledgeBase kb,
        [FromQuery(Name = "page"), Description("1-based page (default 1)")] int? page = null,
        [FromQuery(Name = "pageSize"), Description("Plans per page, 1–1000 (default 100)")] int? pageSize = null)
    {
        var request = new DocumentListQuery { Page = page, PageSize = pageSize }.Check();
        return request.Value is null ? ParameterNames.Problem(request.Errors) : TypedResults.Ok(kb.Documents(request.Value));
    }

    private static Results<Ok<DocumentDetail>, ProblemHttpResult> Document(string id, KnowledgeBase kb) =>
        kb.DocumentDetail(id) is { } detail ? TypedResults.Ok(detail) : UnknownRecord.Document(id);

    private static Results<Ok<ProblemDetail>, ProblemHttpResult> Problem(string id, KnowledgeBase kb) =>
        kb.ProblemDetail(id) is { } detail ? TypedResults.Ok(detail) : UnknownRecord.Problem(id);

    private static Results<Ok<MeasureDetail>, ProblemHttpResult> Measure(string id, KnowledgeBase kb) =>
        kb.MeasureDetail(id) is { } detail ? TypedResults.Ok(detail) : UnknownRecord.Measure(id);

    private static Ok<IReadOnlyList<ThemeSummary>> Themes(KnowledgeBase kb) => TypedResults.Ok(kb.Themes());

    private static Ok<IReadOnlyList<RegionCount>> Regions(KnowledgeBase kb) => TypedResults.Ok(kb.Regions());
}
