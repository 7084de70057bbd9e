using Rectify.Search.Api.Contracts;
using Rectify.Search.Core.Enrichment.Themes;
using Rectify.Search.Indexing.Schema;
using Rectify.Search.Indexing.Searching;
using Rectify.Search.Indexing.Similarity;

namespace Rectify.Search.Api.Services;

/// <summary>The questions the API and the CLI ask the knowledge base, answered as the API's records.</summary>
public static class KnowledgeQueries
{
    /// <summary>A page of results; null when the query holds nothing to search for and no filter is given.</summary>
    public static SearchResponse? Search(this KnowledgeBase kb, SearchRequest request)
    {
        if (kb.Searcher.Search(request) is not { } result)
            return null;
        var hits = result.Hits.Select(h => request.Unit == SearchUnit.Measure ? MeasureHit(kb, h) : ProblemHit(kb, h)).OfType<SearchHitRecord>().ToList();
        var facets = new SearchFacets(Facet(result, IndexFields.Theme), Facet(result, IndexFields.Province), Facet(result, IndexFields.Level));
        return new SearchResponse(request.Query, result.Total, request.Page, request.PageSize, (long)result.Took.TotalMilliseconds, facets, hits)
        {
            Matched = result.Matched,
            FullMatches = result.FullMatches,
        };
    }

    /// <summary>Precedents for a stored measure; null when there is no such measure.</summary>
    public static SimilarResponse? SimilarToMeasure(this KnowledgeBase kb, string measureId, int k, SimilarScope scope)
    {
        if (kb.Measure(measureId) is not var (plan, problem, measure) || kb.Similar.ForMeasure(measureId, k, scope) is not { } result)
            return null;
        return Similar(kb, measure.ToRecord(problem, plan), scope, result);
    }

    /// <summary>Precedents for drafted text; <paramref name="province"/> is the drafter's.</summary>
    public static SimilarResponse SimilarToText(this KnowledgeBase kb, string text, int k, SimilarScope scope, string? province) =>
        Similar(kb, null, scope, kb.Similar.ForText(text, k, scope, province));

    /// <summary>The scope as the API spells it.</summary>
    public static string Name(this SimilarScope scope) => scope switch
    {
        SimilarScope.OtherProvinces => "other-provinces",
        SimilarScope.OtherDocuments => "other-documents",
        _ => "all",
    };

    /// <summary>Reads other-provinces, other-documents or all; null for anything else.</summary>
    public static SimilarScope? ParseScope(string? scope) => scope switch
    {
        null or "other-provinces" => SimilarScope.OtherProvinces,
        "other-documents" => SimilarScope.OtherDocuments,
        "all" => SimilarScope.All,
        _ => null,
    };

    private static SimilarResponse Similar(KnowledgeBase kb, MeasureRecord? source, SimilarScope scope, SimilarResult result)
    {
        var hits = result.Hits
            .Select(h => kb.Measure(h.MeasureId) is var (plan, problem, measure)
                ? new SimilarHitRecord(h.Score, plan.ToRecord(), problem.ToBrief(plan), measure.ToRecord(problem, plan), h.SharedTerms, h.SameTextIds)
                : null)
            .OfType<SimilarHitRecord>().ToList();
        return new SimilarResponse(source, scope.Name(), result.Terms.Select(t => new TermWeight(t.Term, t.Weight)).ToList(), result.SourceCopies, hits);
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
        result.Facets.TryGetValue(field, out var counts)
            ? counts.Select(c => new FacetValue(c.Value, field == IndexFields.Theme && ThemeTaxonomy.Default.ById.TryGetValue(c.Value, out var t) ? t.Name : null, c.Count)).ToList()
            : [];

    /// <summary>The taxonomy with how many problems (and as primary theme) and measures each theme tags, in taxonomy order.</summary>
    public static IReadOnlyList<ThemeSummary> Themes(this KnowledgeBase kb)
    {
        var problems = kb.Plans().SelectMany(p => p.Problems).ToList();
        return ThemeTaxonomy.Default.Themes.Select(t => new ThemeSummary(t.Id, t.Name, t.NameEn, t.Scope,
                problems.Count(p => p.Themes.Any(x => x.ThemeId == t.Id)),
                problems.Count(p => p.Themes.Count > 0 && p.Themes[0].ThemeId == t.Id),
                problems.Sum(p => p.Measures.Count(m => m.Themes.Any(x => x.ThemeId == t.Id)))))
            .ToList();
    }
}
