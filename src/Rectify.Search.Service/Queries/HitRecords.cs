using Rectify.Search.Core.Model;
using Rectify.Search.Service.Knowledge;

namespace Rectify.Search.Service.Queries;

/// <summary>
/// Puts the hits of one answer on the stored plans. Each plan is read once per answer and only in the version its hits
/// were indexed from (the plan's content hash, which every index document carries): when the store holds another
/// version — a change the index in use has not reached yet — all of that plan's hits are left out of the answer, so an
/// answer never shows some of a plan's hits, nor one version's hits on another version's records.
/// </summary>
internal sealed class HitRecords(KnowledgeBase kb)
{
    private readonly Dictionary<string, PlanDocument?> _plans = new(StringComparer.Ordinal);

    /// <summary>The problem <paramref name="id"/> names, from plan version <paramref name="planVersion"/>; null when unknown or of another version.</summary>
    public (PlanDocument Plan, Problem Problem)? Problem(string id, string planVersion)
    {
        if (!RecordIds.TryParse(id, out var documentId, out var position, out var measure) || measure is not null || Plan(documentId, planVersion) is not { } plan)
            return null;
        return position <= plan.Problems.Count ? (plan, plan.Problems[position - 1]) : null;
    }

    /// <summary>The measure <paramref name="id"/> names, from plan version <paramref name="planVersion"/>; null when unknown or of another version.</summary>
    public (PlanDocument Plan, Problem Problem, Measure Measure)? Measure(string id, string planVersion)
    {
        if (!RecordIds.TryParse(id, out var documentId, out var position, out var measure) || measure is not { } m || Plan(documentId, planVersion) is not { } plan
            || position > plan.Problems.Count)
            return null;
        var problem = plan.Problems[position - 1];
        return m <= problem.Measures.Count ? (plan, problem, problem.Measures[m - 1]) : null;
    }

    private PlanDocument? Plan(string documentId, string planVersion)
    {
        if (!_plans.TryGetValue(documentId, out var plan))
            _plans[documentId] = plan = kb.Plan(documentId) is { } stored && stored.ContentHash == planVersion ? stored : null;
        return plan;
    }
}
