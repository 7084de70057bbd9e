using Rectify.Search.Core.Model;
using Rectify.Search.Core.Enrichment.Themes;
using Rectify.Search.Indexing.Schema;
using Rectify.Search.Indexing.Searching;
using Rectify.Search.Service.Contracts;
using Rectify.Search.Service.Knowledge;

namespace Rectify.Search.Service.Queries;

/// <summary>Full-text search, answered as records with facets and highlights.</summary>
public static class SearchQueries
{
    /// <summary>A page of results; null when the query holds nothing to search for and no filter is given.</summary>
    public static SearchResponse? Search(this KnowledgeBase kb, SearchRequest request)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            return Answer(kb, request);
        }
        finally
        {
            ServiceMetrics.SearchTook(started, request.Unit == SearchUnit.Measure ? "measure" : "problem");
        }
    }

    private static SearchResponse? Answer(KnowledgeBase kb, SearchRequest request)
    {
        if (kb.Searcher.Search(request) is not { } result)
            return null;
        var records = new HitRecords(kb);
        var hits = result.Hits.Select(h => request.Unit == SearchUnit.Measure ? MeasureHit(records, h) : ProblemHit(records, h)).OfType<SearchHitRecord>().ToList();
        var facets = new SearchFacets(Facet(result, IndexFields.Theme), Facet(result, IndexFields.Province), Facet(result, IndexFields.Level))
        {
            City = Facet(result, IndexFields.City),
            County = Facet(result, IndexFields.County),
            Department = Facet(result, IndexFields.Department),
            Year = Facet(result, IndexFields.YearFacet),
            DeadlineYear = Facet(result, IndexFields.DeadlineYear),
            Place = Facet(result, IndexFields.Place),
        };
        return new SearchResponse(request.Query, result.Total, request.Page, request.PageSize, (long)result.Took.TotalMilliseconds, facets, hits)
        {
            Matched = result.Matched,
            FullMatches = result.FullMatches,
        };
    }

    private static SearchHitRecord? ProblemHit(HitRecords records, SearchHit hit)
    {
        if (records.Problem(hit.ProblemId, hit.PlanVersion) is not var (plan, problem))
            return null;
        var measures = hit.Measures
            .Select(m => records.Measure(m.Id, m.PlanVersion) is var (_, p, measure) ? new MeasureMatch(m.Score, measure.ToRecord(p, plan), m.Highlights) : null)
            .OfType<MeasureMatch>().ToList();
        return new SearchHitRecord(hit.Score, plan.ToRecord(), problem.ToRecord(plan), null, hit.Highlights, measures);
    }

    private static SearchHitRecord? MeasureHit(HitRecords records, SearchHit hit) =>
        records.Measure(hit.Id, hit.PlanVersion) is var (plan, problem, measure)
            ? new SearchHitRecord(hit.Score, plan.ToRecord(), problem.ToRecord(plan), measure.ToRecord(problem, plan), hit.Highlights, null)
            : null;

    private static IReadOnlyList<FacetValue> Facet(SearchResult result, string field) =>
        result.Facets.TryGetValue(field, out var counts)
            ? counts.Select(c => new FacetValue(c.Value, Label(field, c.Value), c.Count)).ToList()
            : [];

    /// <summary>A facet value's name: a theme's Chinese name, a level's label (县级), a place's full name; a province is its own name.</summary>
    internal static string? Label(string field, string value) =>
        field == IndexFields.Theme ? ThemeTaxonomy.Default.ById.GetValueOrDefault(value)?.Name
        : field == IndexFields.Level ? Labels.Default.Zh("region-level", value)
        : field == IndexFields.Department ? Core.Enrichment.Departments.DepartmentVocabulary.Default.Departments.FirstOrDefault(d => d.Id == value)?.Name
        : field == IndexFields.Place ? PlaceName(value)
        : null;

    /// <summary>A place's name under its province (濮阳市台前县), from its code.</summary>
    private static string? PlaceName(string code)
    {
        var g = Core.Regions.Gazetteer.Default;
        return g.ByRegionCode(code) is { } d ? Core.Regions.RegionResolver.FullName(Core.Regions.RegionResolver.ToRegion(g, d)) : null;
    }
}
