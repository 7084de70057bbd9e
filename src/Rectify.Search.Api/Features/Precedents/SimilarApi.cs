using Microsoft.AspNetCore.Http.HttpResults;
using Rectify.Search.Api.Http;
using Rectify.Search.Service.Contracts;
using Rectify.Search.Service.Export;
using Rectify.Search.Service.Knowledge;
using Rectify.Search.Service.Queries;
using Rectify.Search.Service.Requests;

namespace Rectify.Search.Api.Features.Precedents;

/// <summary>Precedent lookup: measures of other plans that answer a problem the same way.</summary>
public static class SimilarApi
{
    public static RouteGroupBuilder MapSimilarApi(this RouteGroupBuilder api)
    {
        api.MapGet("/measures/{id}/similar", ForMeasure)
            .CacheOutput(ReadCache.Policy)
            .WithName("SimilarToMeasure")
            .WithTags("Precedents")
            .WithSummary("Precedents for a measure")
            .WithDescription("""
                Measures whose content is like this measure's, from other provinces (default), other plans, or all,
                ranked by BM25 over every character and every character bigram of its text, and over its characters
                among the records that share its themes, fused by reciprocal rank (score 0–1); k come back whenever k share anything with it. Each hit names the distinctive words
                (tf-idf over the index) and rare characters it shares. Hits with the same text are collapsed
                into one (sameTextIds), and copies of the measure in its own plan are listed apart (sourceCopies).
                With unit=problem, problems like the measure's text are returned instead (problems); with unit=target,
                targets on the metric the measure names (targets), nearest value first.
                """);
        api.MapGet("/problems/{id}/similar", ForProblem)
            .CacheOutput(ReadCache.Policy)
            .WithName("SimilarToProblem")
            .WithTags("Precedents")
            .WithSummary("Precedents for a problem")
            .WithDescription("Problems of other plans like this one (its text and target); with unit=measure the measures that answer such problems; with unit=target the targets other plans set on the metric of this problem's target, nearest value first.");
        api.MapPost("/similar", ForText)
            .WithName("SimilarToText")
            .WithTags("Precedents")
            .WithSummary("Precedents for drafted text")
            .WithDescription("The same lookup for text being drafted, every character of it counting (a single 镉, words outside the dictionary): a measure, a problem (unit=problem) or a target such as 城市生活污水集中收集率达到70% (unit=target: plans that set a target on that metric, nearest value first). With scope other-provinces, give province to leave the drafter's own province out.");
        return api;
    }

    private const string FormatHelp = "json (default); xlsx, docx or csv: the precedents as a table with Chinese headers and a citation per row";

    private static Results<Ok<SimilarResponse>, FileContentHttpResult, ValidationProblem, ProblemHttpResult> ForMeasure(
        string id, KnowledgeBase kb,
        [System.ComponentModel.Description(FormatHelp)] string? format = null,
        [System.ComponentModel.Description("How many precedents, 1–100 (default 10)")] int? k = null,
        [System.ComponentModel.Description("other-provinces (default), other-documents or all")] string? scope = null,
        [System.ComponentModel.Description("measure (default), problem or target")] string? unit = null) =>
        ForRecord(new PrecedentQuery { Id = id, IdIsProblem = false, K = k, Scope = scope, Unit = unit ?? "measure" }, format, kb, UnknownRecord.Measure);

    private static Results<Ok<SimilarResponse>, FileContentHttpResult, ValidationProblem, ProblemHttpResult> ForProblem(
        string id, KnowledgeBase kb,
        [System.ComponentModel.Description(FormatHelp)] string? format = null,
        [System.ComponentModel.Description("How many precedents, 1–100 (default 10)")] int? k = null,
        [System.ComponentModel.Description("other-provinces (default), other-documents or all")] string? scope = null,
        [System.ComponentModel.Description("problem (default), measure or target")] string? unit = null) =>
        ForRecord(new PrecedentQuery { Id = id, IdIsProblem = true, K = k, Scope = scope, Unit = unit ?? "problem" }, format, kb, UnknownRecord.Problem);

    private static Results<Ok<SimilarResponse>, FileContentHttpResult, ValidationProblem, ProblemHttpResult> ForRecord(PrecedentQuery query, string? format, KnowledgeBase kb, Func<string, ProblemHttpResult> notFound)
    {
        var (r, wanted, problem) = ParameterNames.WithFormat(query.Check(), format);
        if (r is null)
            return problem!;
        if (kb.Precedents(r) is not { } response)
            return notFound(query.Id!);
        return Answer(response, response.Source?.Text ?? response.SourceProblem?.Text ?? "", r, wanted);
    }

    private static Results<Ok<SimilarResponse>, FileContentHttpResult, ValidationProblem, ProblemHttpResult> ForText(SimilarTextRequest body, KnowledgeBase kb,
        [System.ComponentModel.Description(FormatHelp)] string? format = null)
    {
        var (r, wanted, problem) = ParameterNames.WithFormat(new PrecedentQuery { Text = body.Text, K = body.K, Scope = body.Scope, Unit = body.Unit, Province = body.Province }.Check(), format);
        if (r is null)
            return problem!;
        return Answer(kb.Precedents(r)!, r.Text!, r, wanted);
    }

    private static Results<Ok<SimilarResponse>, FileContentHttpResult, ValidationProblem, ProblemHttpResult> Answer(SimilarResponse response, string asking, PrecedentRequest r, ExportFormat format)
    {
        if (format == ExportFormat.Json)
            return TypedResults.Ok(response);
        var file = ExportFormats.Write(ResultExports.PrecedentTable(response, asking, r), format);
        return TypedResults.File(file.Bytes, file.ContentType, file.FileName);
    }
}
