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
    public (PlanDocument Plan, Problem Problem)? Problem(string id, string planVersion) => KnowledgeBase.Problem(id, documentId => Plan(documentId, planVersion));

    /// <summary>The measure <paramref name="id"/> names, from plan version <paramref name="planVersion"/>; null when unknown or of another version.</summary>
    public (PlanDocument Plan, Problem Problem, Measure Measure)? Measure(string id, string planVersion) => KnowledgeBase.Measure(id, documentId => Plan(documentId, planVersion));

    private PlanDocument? Plan(string documentId, string planVersion)
    {
        if (!_plans.TryGetValue(documentId, out var plan))
            _plans[documentId] = plan = kb.Plan(documentId) is { } stored && stored.ContentHash == planVersion ? stored : null;
        return plan;
    }
}
