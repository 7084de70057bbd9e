using System.Globalization;
using System.Text;
using Rectify.Search.Service.Contracts;
using Rectify.Search.Core.Enrichment;
using Rectify.Search.Core.Enrichment.Departments;
using Rectify.Search.Core.Enrichment.Targets;
using Rectify.Search.Core.Model;
using Rectify.Search.Indexing.Searching;
using Rectify.Search.Service.Knowledge;

namespace Rectify.Search.Service.Comparing;

/// <summary>
/// Puts plans side by side on a theme (or the problems a search finds): one row per plan, sorted by region code, with
/// those problems, their targets, deadlines, lead units and measure count. A metric narrows the targets to one
/// metric, matched by its comparison key, so plans that name it differently still meet.
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
            if (kb.Searcher.Search(new SearchRequest(r.Q, SearchUnit.Problem, Province: r.Province, Level: r.Level, PageSize: SearchLimit)) is not { } result)
                return null;
            found = result.Hits.Select(h => h.ProblemId).ToHashSet(StringComparer.Ordinal);
        }
        var metricKey = string.IsNullOrWhiteSpace(r.Metric) ? null : MetricNames.Default.KeyOf(r.Metric.Trim());
        var rows = new List<(string Code, CompareRow Row)>();
        foreach (var plan in kb.Plans())
        {
            var region = plan.Metadata.Region;
            if ((r.Province is not null && region?.Province != r.Province) || (r.Level is not null && region?.Level != r.Level))
                continue;
            var problems = plan.Problems
                .Where(p => (r.Theme is null || p.Themes.Any(t => t.ThemeId == r.Theme)) && (found is null || found.Contains(RecordIds.Problem(plan.DocumentId, p.Position))))
                .ToList();
            if (problems.Count == 0)
                continue;
            var targets = problems.SelectMany(p => p.Targets)
                .Where(t => t.Kind == TargetKind.Target && (metricKey is null || t.MetricKey == metricKey || t.MetricKey.Contains(metricKey, StringComparison.Ordinal)))
                // The same commitment stated in the 整改目标 and again in a measure is one target.
                .DistinctBy(t => (t.MetricKey, t.Cmp, t.Value, t.Unit, t.By))
                .Select(t => t.ToRecord()).ToList();
            var lead = problems.SelectMany(p => p.Fields.LeadUnits.Concat(p.Measures.SelectMany(m => m.LeadUnits))).Distinct().ToList();
            if (lead.Count == 0)
                lead = problems.SelectMany(p => p.Fields.ResponsibleUnits).Distinct().ToList();
            rows.Add((region?.Code ?? "~" + plan.DocumentId, new CompareRow(plan.ToRecord(), problems.Select(p => p.ToBrief(plan)).ToList(), targets,
                problems.Select(p => p.Deadline.ToRecord()).ToList(), lead,
                problems.Sum(p => p.Measures.Count),
                LeadDepartments(problems, lead))));
        }
        return new CompareResponse(r.Theme, r.Q, r.Metric,
            rows.OrderBy(x => x.Code, StringComparer.Ordinal).ThenBy(x => x.Row.Document.Id, StringComparer.Ordinal).Select(x => x.Row).ToList());
    }

    /// <summary>The departments of the lead units, in their order, each once; units the vocabulary does not know are left out.</summary>
    private static List<DepartmentRef> LeadDepartments(IReadOnlyList<Problem> problems, IReadOnlyList<string> lead)
    {
        var known = problems.SelectMany(p => p.Units.Concat(p.Measures.SelectMany(m => m.Units)))
            .Where(u => u.Department is not null)
            .GroupBy(u => u.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Department!, StringComparer.Ordinal);
        return lead.Select(u => known.GetValueOrDefault(u)).OfType<Department>().DistinctBy(d => d.Id).Select(d => d.ToRecord()).ToList();
    }
}
