using Rectify.Search.Core.Enrichment.Targets;
using Rectify.Search.Core.Model;
using Rectify.Search.Indexing.Searching;
using Rectify.Search.Service.Contracts;
using Rectify.Search.Service.Knowledge;
using Rectify.Search.Storage.Facts;

namespace Rectify.Search.Service.Comparing;

/// <summary>
/// Puts plans side by side on a theme (or the problems a search finds): one row per plan, sorted by region code, with
/// those problems, their targets, deadlines, lead units and measure count. A metric narrows the targets to one
/// metric, matched by its comparison key, so plans that name it differently still meet. A page of rows reads only its
/// own plans' facts: the selection is counted in the store and the rest is never read.
/// </summary>
public static class Comparison
{
    private const int SearchLimit = 10_000;

    /// <summary>The comparison; null when <see cref="CompareRequest.Q"/> holds nothing to search for.</summary>
    public static CompareResponse? Compare(this KnowledgeBase kb, CompareRequest r)
    {
        HashSet<string>? found = null;
        if (!string.IsNullOrWhiteSpace(r.Q))
        {
            if (kb.Searcher.Search(new SearchRequest(r.Q, SearchUnit.Problem, Province: r.Province, Level: r.Level, PageSize: SearchLimit, Fill: false)) is not { } result)
                return null;
            found = result.Hits.Select(h => h.ProblemId).ToHashSet(StringComparer.Ordinal);
        }
        var metricKey = string.IsNullOrWhiteSpace(r.Metric) ? null : MetricNames.Default.KeyOf(r.Metric.Trim());
        var window = r.PageSize is { } size ? new PlanWindow((r.Page - 1) * size, size) : null;
        var (facts, total) = kb.ProblemFacts(new ProblemSelection(r.Theme, found, r.Province, r.Level), window);
        var byPlan = facts.GroupBy(f => f.DocumentId, StringComparer.Ordinal).ToList();
        var summaries = kb.Summaries(byPlan.Select(g => g.Key).ToList()).ToDictionary(s => s.DocumentId, StringComparer.Ordinal);
        var rows = new List<(string Code, CompareRow Row)>();
        foreach (var group in byPlan)
        {
            if (!summaries.TryGetValue(group.Key, out var plan))
                continue;
            var problems = group.ToList();
            var targets = problems.SelectMany(p => p.Targets)
                .Where(t => t.Kind == TargetKind.Target && (metricKey is null || t.MetricKey == metricKey || t.MetricKey.Contains(metricKey, StringComparison.Ordinal)))
                // A target is listed under its own themes: a pesticide target of a fertilizer-and-pesticide problem is not a fertilizer one.
                .Where(t => r.Theme is null || t.Themes.Count == 0 || t.Themes.Contains(r.Theme, StringComparer.Ordinal))
                // The same commitment stated in the 整改目标 and again in a measure is one target.
                .DistinctBy(t => (t.MetricKey, t.Cmp, t.Value, t.Unit, t.By))
                .Select(t => t.ToRecord()).ToList();
            var lead = problems.SelectMany(p => p.Units.Where(u => u.Role == UnitRole.Lead).Concat(p.MeasureLeadUnits)).DistinctBy(u => u.Name).ToList();
            if (lead.Count == 0)
                lead = problems.SelectMany(p => p.Units.Where(u => u.Role == UnitRole.Responsible)).DistinctBy(u => u.Name).ToList();
            rows.Add((plan.Metadata.Region?.Code ?? "~" + plan.DocumentId, new CompareRow(plan.ToRecord(),
                problems.Select(p => p.ToBrief()).ToList(), targets,
                problems.Select(p => p.Deadline.ToRecord()).ToList(), lead.Select(u => u.Name).ToList(),
                problems.Sum(p => p.MeasureCount),
                lead.Select(u => u.Department).OfType<Department>().DistinctBy(d => d.Id).Select(d => d.ToRecord()).ToList())));
        }
        return new CompareResponse(r.Theme, r.Q, r.Metric, total, r.Page, r.PageSize,
            rows.OrderBy(x => x.Code, StringComparer.Ordinal).ThenBy(x => x.Row.Document.Id, StringComparer.Ordinal).Select(x => x.Row).ToList());
    }
}
