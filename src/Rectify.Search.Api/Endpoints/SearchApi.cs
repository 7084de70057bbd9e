using Microsoft.AspNetCore.Http.HttpResults;
using Rectify.Search.Api.Contracts;
using Rectify.Search.Api.Services;
using Rectify.Search.Indexing.Schema;
using Rectify.Search.Indexing.Searching;

namespace Rectify.Search.Api.Endpoints;

/// <summary><c>GET /api/search</c>: full-text search over problems and measures.</summary>
public static class SearchApi
{
    public static RouteGroupBuilder MapSearchApi(this RouteGroupBuilder api)
    {
        api.MapGet("/search", Search)
            .WithName("Search")
            .WithTags("Search")
            .WithSummary("Search problems and measures")
            .WithDescription("""
                Full-text search with filters, facet counts and highlights. The query takes words, "exact phrases" and
                -exclusions; it is cut by the project's Chinese analyzer, expanded through the thesaurus (COD finds
                化学需氧量), and matched on words first and character bigrams second. Traditional characters and full-width
                forms find what their simplified, half-width forms find. unit=problem (default) groups results by
                problem with its best-matching measures; unit=measure returns measures. Facet counts cover all results.
                """);
        return api;
    }

    private static Results<Ok<SearchResponse>, ValidationProblem> Search([AsParameters] SearchParameters parameters, KnowledgeBase kb)
    {
        var (request, errors) = parameters.Validate();
        if (request is null)
            return TypedResults.ValidationProblem(errors);
        if (kb.Searcher.Search(request) is not { } result)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["q"] = ["q holds nothing to search for (only punctuation, symbols or stop words); give words or a filter."],
            });
        }
        var hits = result.Hits.Select(h => request.Unit == SearchUnit.Measure ? MeasureHit(kb, h) : ProblemHit(kb, h)).OfType<SearchHitRecord>().ToList();
        var facets = new SearchFacets(Facet(result, IndexFields.Theme), Facet(result, IndexFields.Province), Facet(result, IndexFields.Level));
        return TypedResults.Ok(new SearchResponse(request.Query, result.Total, request.Page, request.PageSize, (long)result.Took.TotalMilliseconds, facets, hits));
    }

    private static SearchHitRecord? ProblemHit(KnowledgeBase kb, SearchHit hit)
    {
        if (kb.Problem(hit.ProblemId) is not var (plan, problem))
            return null;
        var measures = hit.Measures
            .Select(m => kb.Measure(m.Id) is var (_, p, measure) ? new MeasureMatch(m.Score, measure.ToRecord(p, plan), m.Highlights) : null)
            .OfType<MeasureMatch>().ToList();
        return new SearchHitRecord(hit.Score, plan.ToRecord(), problem.ToRecord(plan), null, hit.Highlights, measures);
    }

    private static SearchHitRecord? MeasureHit(KnowledgeBase kb, SearchHit hit) =>
        kb.Measure(hit.Id) is var (plan, problem, measure)
            ? new SearchHitRecord(hit.Score, plan.ToRecord(), problem.ToRecord(plan), measure.ToRecord(problem, plan), hit.Highlights, null)
            : null;

    private static IReadOnlyList<FacetValue> Facet(SearchResult result, string field) =>
        result.Facets.TryGetValue(field, out var counts) ? counts.Select(c => new FacetValue(c.Value, null, c.Count)).ToList() : [];
}
