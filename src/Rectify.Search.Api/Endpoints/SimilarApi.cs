using Microsoft.AspNetCore.Http.HttpResults;
using Rectify.Search.Api.Contracts;
using Rectify.Search.Api.Services;
using Rectify.Search.Indexing.Similarity;

namespace Rectify.Search.Api.Endpoints;

/// <summary>Precedent lookup: measures of other plans that answer a problem the same way.</summary>
public static class SimilarApi
{
    /// <summary>Precedents returned when k is not given, and the most that may be asked for.</summary>
    public const int DefaultK = 10, MaxK = 100;
    private const int MaxTextLength = 10_000;

    public static RouteGroupBuilder MapSimilarApi(this RouteGroupBuilder api)
    {
        api.MapGet("/measures/{id}/similar", ForMeasure)
            .WithName("SimilarToMeasure")
            .WithTags("Precedents")
            .WithSummary("Precedents for a measure")
            .WithDescription("""
                Measures whose content is like this measure's, from other provinces (default), other plans, or all.
                The measure's text is reduced to its most distinctive words (tf-idf over the index; dates, numbers and
                single characters left out); each hit names the words it shares. Hits with the same text are collapsed
                into one (sameTextIds), and copies of the measure in its own plan are listed apart (sourceCopies).
                With unit=problem, problems like the measure's text are returned instead (problems); with unit=target,
                targets on the metric the measure names (targets), nearest value first.
                """);
        api.MapGet("/problems/{id}/similar", ForProblem)
            .WithName("SimilarToProblem")
            .WithTags("Precedents")
            .WithSummary("Precedents for a problem")
            .WithDescription("Problems of other plans like this one (its text and target); with unit=measure the measures that answer such problems; with unit=target the targets other plans set on the metric of this problem's target, nearest value first.");
        api.MapPost("/similar", ForText)
            .WithName("SimilarToText")
            .WithTags("Precedents")
            .WithSummary("Precedents for drafted text")
            .WithDescription("The same lookup for text being drafted: a measure, a problem (unit=problem) or a target such as 城市生活污水集中收集率达到70% (unit=target: plans that set a target on that metric, nearest value first). With scope other-provinces, give province to leave the drafter's own province out.");
        return api;
    }

    private static Results<Ok<SimilarResponse>, ValidationProblem, ProblemHttpResult> ForMeasure(
        string id, KnowledgeBase kb,
        [System.ComponentModel.Description("How many precedents, 1–100 (default 10)")] int? k = null,
        [System.ComponentModel.Description("other-provinces (default), other-documents or all")] string? scope = null,
        [System.ComponentModel.Description("measure (default), problem or target")] string? unit = null)
    {
        var errors = new Dictionary<string, string[]>();
        var (count, chosen) = CheckOptions(k, scope, errors);
        var what = CheckUnit(unit, errors);
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);
        return kb.SimilarToMeasure(id, count, chosen!.Value, what!.Value) is { } response ? TypedResults.Ok(response) : NotFound.Measure(id);
    }

    private static Results<Ok<SimilarResponse>, ValidationProblem, ProblemHttpResult> ForProblem(
        string id, KnowledgeBase kb,
        [System.ComponentModel.Description("How many precedents, 1–100 (default 10)")] int? k = null,
        [System.ComponentModel.Description("other-provinces (default), other-documents or all")] string? scope = null,
        [System.ComponentModel.Description("problem (default), measure or target")] string? unit = null)
    {
        var errors = new Dictionary<string, string[]>();
        var (count, chosen) = CheckOptions(k, scope, errors);
        var what = CheckUnit(unit ?? "problem", errors);
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);
        return kb.SimilarToProblem(id, count, chosen!.Value, what!.Value) is { } response ? TypedResults.Ok(response) : NotFound.Problem(id);
    }

    /// <summary>Reads unit (measure, problem or target), adding an error naming it when it is none of them.</summary>
    public static PrecedentUnit? CheckUnit(string? unit, Dictionary<string, string[]> errors)
    {
        var what = KnowledgeQueries.ParseUnit(unit);
        if (what is null)
            errors["unit"] = [$"unit must be measure, problem or target, not '{unit}'."];
        return what;
    }

    private static Results<Ok<SimilarResponse>, ValidationProblem> ForText(SimilarTextRequest body, KnowledgeBase kb)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(body.Text))
            errors["text"] = ["text is required: the drafted measure or problem to find precedents for."];
        else if (body.Text.Length > MaxTextLength)
            errors["text"] = [$"text is {body.Text.Length:N0} characters long; at most {MaxTextLength:N0} are compared."];
        var (count, chosen) = CheckOptions(body.K, body.Scope, errors);
        var what = CheckUnit(body.Unit, errors);
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);
        return TypedResults.Ok(kb.SimilarToText(body.Text!, count, chosen!.Value, string.IsNullOrWhiteSpace(body.Province) ? null : body.Province.Trim(), what!.Value));
    }

    /// <summary>Reads k (default 10, 1–100) and scope, adding an error per bad one; the CLI checks its options with this too.</summary>
    public static (int K, SimilarScope? Scope) CheckOptions(int? k, string? scope, Dictionary<string, string[]> errors)
    {
        if (k is < 1 or > MaxK)
            errors["k"] = [$"k must be between 1 and {MaxK}."];
        var chosen = KnowledgeQueries.ParseScope(scope);
        if (chosen is null)
            errors["scope"] = [$"scope must be other-provinces, other-documents or all, not '{scope}'."];
        return (k ?? DefaultK, chosen);
    }
}
