using Rectify.Search.Api.Contracts;
using Rectify.Search.Core.Enrichment.Targets;
using Rectify.Search.Core.Enrichment.Themes;
using Rectify.Search.Core.Model;
using Rectify.Search.Indexing.Schema;
using Rectify.Search.Indexing.Searching;
using Rectify.Search.Indexing.Similarity;

namespace Rectify.Search.Api.Services;

/// <summary>What precedents are asked for: measures, problems, or targets on the same metric.</summary>
public enum PrecedentUnit
{
    Measure,
    Problem,
    Target,
}

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
    public static SimilarResponse? SimilarToMeasure(this KnowledgeBase kb, string measureId, int k, SimilarScope scope, PrecedentUnit unit = PrecedentUnit.Measure)
    {
        if (kb.Measure(measureId) is not var (plan, problem, measure))
            return null;
        var source = measure.ToRecord(problem, plan);
        if (unit == PrecedentUnit.Target)
            return Targets(kb, source, measure.Text, k, scope, plan.Metadata.Region?.Province, plan.DocumentId);
        return kb.Similar.ForMeasure(measureId, k, scope, ToIndex(unit)) is { } result ? Similar(kb, source, scope, result, unit) : null;
    }

    /// <summary>Precedents for a stored problem (its text and target); null when there is no such problem.</summary>
    public static SimilarResponse? SimilarToProblem(this KnowledgeBase kb, string problemId, int k, SimilarScope scope, PrecedentUnit unit = PrecedentUnit.Problem)
    {
        if (kb.Problem(problemId) is not var (plan, problem))
            return null;
        if (unit == PrecedentUnit.Target)
            return Targets(kb, null, problem.Fields.Target ?? problem.Text, k, scope, plan.Metadata.Region?.Province, plan.DocumentId) with { SourceProblem = problem.ToRecord(plan) };
        return kb.Similar.ForProblem(problemId, k, scope, ToIndex(unit)) is { } result
            ? Similar(kb, null, scope, result, unit) with { SourceProblem = problem.ToRecord(plan) }
            : null;
    }

    /// <summary>Precedents for drafted text; <paramref name="province"/> is the drafter's.</summary>
    public static SimilarResponse SimilarToText(this KnowledgeBase kb, string text, int k, SimilarScope scope, string? province, PrecedentUnit unit = PrecedentUnit.Measure) =>
        unit == PrecedentUnit.Target
            ? Targets(kb, null, text, k, scope, province, null)
            : Similar(kb, null, scope, kb.Similar.ForText(text, k, scope, province, ToIndex(unit)), unit);

    /// <summary>Reads measure, problem or target; null for anything else.</summary>
    public static PrecedentUnit? ParseUnit(string? unit) => unit switch
    {
        null or "measure" => PrecedentUnit.Measure,
        "problem" => PrecedentUnit.Problem,
        "target" => PrecedentUnit.Target,
        _ => null,
    };

    private static SimilarUnit ToIndex(PrecedentUnit unit) => unit == PrecedentUnit.Problem ? SimilarUnit.Problem : SimilarUnit.Measure;

    private static string Name(this PrecedentUnit unit) => unit switch
    {
        PrecedentUnit.Problem => "problem",
        PrecedentUnit.Target => "target",
        _ => "measure",
    };

    /// <summary>
    /// Target precedents: the targets read from the asking text (城市生活污水集中收集率达到70%), then every target other
    /// plans set on the same metric, nearest value first (<see cref="TargetCloseness"/>), with the words they share.
    /// </summary>
    private static SimilarResponse Targets(KnowledgeBase kb, MeasureRecord? source, string text, int k, SimilarScope scope, string? province, string? documentId)
    {
        var asking = TargetExtractor.Default.FromText(text, "target", TargetKind.Target, null, null).Where(t => t.Kind == TargetKind.Target).ToList();
        var askingWords = SimilarMeasures.WholeWords(text).Where(w => w.Length > 1).ToHashSet(StringComparer.Ordinal);
        var hits = new List<(double Score, PlanDocument Plan, Problem Problem, TargetRecord Target)>();
        foreach (var plan in kb.Plans())
        {
            if (scope == SimilarScope.OtherProvinces && province is not null && plan.Metadata.Region?.Province == province)
                continue;
            if (scope != SimilarScope.All && documentId is not null && plan.DocumentId == documentId)
                continue;
            foreach (var problem in plan.Problems)
            {
                // The problem's record holds its targets, read once per loaded plan (RecordMapping), not per request.
                foreach (var target in problem.ToRecord(plan).Targets)
                {
                    var best = asking.Select(a => TargetCloseness.Of(a, target.MetricKey, target.Value, target.Unit, target.Cmp)).DefaultIfEmpty(0).Max();
                    if (best > 0)
                        hits.Add((best, plan, problem, target));
                }
            }
        }
        var records = hits
            .OrderByDescending(h => h.Score).ThenBy(h => h.Plan.DocumentId, StringComparer.Ordinal).ThenBy(h => h.Problem.Position)
            .DistinctBy(h => (h.Plan.DocumentId, h.Target.MetricKey, h.Target.Value, h.Target.Unit))
            .Take(k)
            .Select(h => new SimilarTargetRecord(Math.Round(h.Score, 3), h.Plan.ToRecord(), h.Problem.ToBrief(h.Plan), h.Target,
                [h.Target.MetricKey, .. SimilarMeasures.WholeWords(h.Target.Text).Where(w => askingWords.Contains(w) && !h.Target.MetricKey.Contains(w, StringComparison.Ordinal)).Distinct().Take(5)]))
            .ToList();
        return new SimilarResponse(source, scope.Name(), [], [], [])
        {
            Unit = PrecedentUnit.Target.Name(),
            AskingTargets = asking.Select(RecordMapping.ToRecord).ToList(),
            Targets = records,
        };
    }

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

    private static SimilarResponse Similar(KnowledgeBase kb, MeasureRecord? source, SimilarScope scope, SimilarResult result, PrecedentUnit unit)
    {
        var terms = result.Terms.Select(t => new TermWeight(t.Term, t.Weight)).ToList();
        if (unit == PrecedentUnit.Problem)
        {
            var problems = result.Hits
                .Select(h => kb.Problem(h.Id) is var (plan, problem) ? new SimilarProblemRecord(h.Score, plan.ToRecord(), problem.ToRecord(plan), h.SharedTerms) : null)
                .OfType<SimilarProblemRecord>().ToList();
            return new SimilarResponse(source, scope.Name(), terms, result.SourceCopies, []) { Unit = unit.Name(), Problems = problems };
        }
        var hits = result.Hits
            .Select(h => kb.Measure(h.Id) is var (plan, problem, measure)
                ? new SimilarHitRecord(h.Score, plan.ToRecord(), problem.ToBrief(plan), measure.ToRecord(problem, plan), h.SharedTerms, h.SameTextIds)
                : null)
            .OfType<SimilarHitRecord>().ToList();
        return new SimilarResponse(source, scope.Name(), terms, result.SourceCopies, hits);
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
