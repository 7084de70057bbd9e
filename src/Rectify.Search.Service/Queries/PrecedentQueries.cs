using Rectify.Search.Core.Enrichment.Targets;
using Rectify.Search.Core.Model;
using Rectify.Search.Indexing.Similarity;
using Rectify.Search.Service.Contracts;
using Rectify.Search.Service.Knowledge;
using Rectify.Search.Service.Requests;
using Rectify.Search.Storage.Facts;

namespace Rectify.Search.Service.Queries;

/// <summary>Precedent lookup: how other plans answered the same problem, with measures, problems or targets.</summary>
public static class PrecedentQueries
{
    /// <summary>The precedents a checked request asks for; null when its id names no stored measure or problem.</summary>
    public static SimilarResponse? Precedents(this KnowledgeBase kb, PrecedentRequest r)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            return r.Id is null ? kb.SimilarToText(r.Text!, r.K, r.Scope, r.Province, r.Unit)
                : r.ForProblem ? kb.SimilarToProblem(r.Id, r.K, r.Scope, r.Unit)
                : kb.SimilarToMeasure(r.Id, r.K, r.Scope, r.Unit);
        }
        finally
        {
            ServiceMetrics.PrecedentsTook(started, r.Unit.Name());
        }
    }

    /// <summary>Precedents for a stored measure; null when there is no such measure.</summary>
    public static SimilarResponse? SimilarToMeasure(this KnowledgeBase kb, string measureId, int k, SimilarScope scope, PrecedentUnit unit = PrecedentUnit.Measure)
    {
        if (kb.Measure(measureId) is not var (plan, problem, measure))
            return null;
        var source = measure.ToRecord(problem, plan);
        if (unit == PrecedentUnit.Target)
            return Targets(kb, source, measure.Text, k, scope, plan.Metadata.Region?.Province, plan.DocumentId);
        return kb.Similar.ForMeasure(measureId, k, scope, PrecedentNames.ToIndex(unit)) is { } result ? Similar(kb, source, scope, result, unit) : null;
    }

    /// <summary>Precedents for a stored problem (its text and target); null when there is no such problem.</summary>
    public static SimilarResponse? SimilarToProblem(this KnowledgeBase kb, string problemId, int k, SimilarScope scope, PrecedentUnit unit = PrecedentUnit.Problem)
    {
        if (kb.Problem(problemId) is not var (plan, problem))
            return null;
        if (unit == PrecedentUnit.Target)
            return Targets(kb, null, problem.Fields.Target ?? problem.Text, k, scope, plan.Metadata.Region?.Province, plan.DocumentId) with { SourceProblem = problem.ToRecord(plan) };
        return kb.Similar.ForProblem(problemId, k, scope, PrecedentNames.ToIndex(unit)) is { } result
            ? Similar(kb, null, scope, result, unit) with { SourceProblem = problem.ToRecord(plan) }
            : null;
    }

    /// <summary>Precedents for drafted text; <paramref name="province"/> is the drafter's.</summary>
    public static SimilarResponse SimilarToText(this KnowledgeBase kb, string text, int k, SimilarScope scope, string? province, PrecedentUnit unit = PrecedentUnit.Measure) =>
        unit == PrecedentUnit.Target
            ? Targets(kb, null, text, k, scope, province, null)
            : Similar(kb, null, scope, kb.Similar.ForText(text, k, scope, province, PrecedentNames.ToIndex(unit)), unit);

    /// <summary>
    /// Target precedents: the targets read from the asking text (城市生活污水集中收集率达到70%), then every target other
    /// plans set on the same metric, nearest value first (<see cref="TargetCloseness"/>), with the words they share.
    /// </summary>
    private static SimilarResponse Targets(KnowledgeBase kb, MeasureRecord? source, string text, int k, SimilarScope scope, string? province, string? documentId)
    {
        var asking = TargetExtractor.Default.FromText(text, "target", TargetKind.Target, null, null).Where(t => t.Kind == TargetKind.Target).ToList();
        var askingWords = SimilarMeasures.WholeWords(text).Where(w => w.Length > 1).ToHashSet(StringComparer.Ordinal);
        var hits = new List<(double Score, PlanSummary Plan, ProblemFacts Problem, Target Target)>();
        var keys = asking.Select(a => a.MetricKey).Distinct().ToList();
        // Only problems with a stored target on an asked metric are read, by the targets' metric index.
        var facts = keys.Count == 0 ? [] : kb.ProblemFacts(new ProblemSelection(MetricKeys: keys)).Facts;
        var plans = kb.Summaries(facts.Select(f => f.DocumentId).Distinct().ToList()).ToDictionary(p => p.DocumentId, StringComparer.Ordinal);
        foreach (var problem in facts)
        {
            if (!plans.TryGetValue(problem.DocumentId, out var plan)
                || (scope == SimilarScope.OtherProvinces && province is not null && plan.Metadata.Region?.Province == province)
                || (scope != SimilarScope.All && documentId is not null && plan.DocumentId == documentId))
                continue;
            foreach (var target in problem.Targets.Where(t => t.Kind == TargetKind.Target))
            {
                var best = asking.Select(a => TargetCloseness.Of(a, target)).DefaultIfEmpty(0).Max();
                if (best > 0)
                    hits.Add((best, plan, problem, target));
            }
        }
        var records = hits
            .OrderByDescending(h => h.Score).ThenBy(h => h.Plan.DocumentId, StringComparer.Ordinal).ThenBy(h => h.Problem.Position)
            .DistinctBy(h => (h.Plan.DocumentId, h.Target.MetricKey, h.Target.Value, h.Target.Unit))
            .Take(k)
            .Select(h => new SimilarTargetRecord(Math.Round(h.Score, 3), h.Plan.ToRecord(), h.Problem.ToBrief(), h.Target.ToRecord(),
                [h.Target.MetricKey, .. SimilarMeasures.WholeWords(h.Target.Text).Where(w => askingWords.Contains(w) && !h.Target.MetricKey.Contains(w, StringComparison.Ordinal)).Distinct().Take(5)]))
            .ToList();
        return new SimilarResponse(source, scope.Name(), [], [], [])
        {
            Unit = PrecedentUnit.Target.Name(),
            AskingTargets = asking.Select(RecordMapping.ToRecord).ToList(),
            Targets = records,
        };
    }

    private static SimilarResponse Similar(KnowledgeBase kb, MeasureRecord? source, SimilarScope scope, SimilarResult result, PrecedentUnit unit)
    {
        var terms = result.Terms.Select(t => new TermWeight(t.Term, t.Weight)).ToList();
        var records = new HitRecords(kb);
        if (unit == PrecedentUnit.Problem)
        {
            var problems = result.Hits
                .Select(h => records.Problem(h.Id, h.PlanVersion) is var (plan, problem) ? new SimilarProblemRecord(h.Score, plan.ToRecord(), problem.ToRecord(plan), h.SharedTerms) : null)
                .OfType<SimilarProblemRecord>().ToList();
            return new SimilarResponse(source, scope.Name(), terms, result.SourceCopies, []) { Unit = unit.Name(), Problems = problems };
        }
        var hits = result.Hits
            .Select(h => records.Measure(h.Id, h.PlanVersion) is var (plan, problem, measure)
                ? new SimilarHitRecord(h.Score, plan.ToRecord(), problem.ToBrief(plan), measure.ToRecord(problem, plan), h.SharedTerms, h.SameTextIds)
                : null)
            .OfType<SimilarHitRecord>().ToList();
        return new SimilarResponse(source, scope.Name(), terms, result.SourceCopies, hits);
    }
}
