using System.Globalization;
using System.Text;
using Rectify.Search.Api.Contracts;
using Rectify.Search.Core.Enrichment;
using Rectify.Search.Core.Enrichment.Departments;
using Rectify.Search.Core.Enrichment.Targets;
using Rectify.Search.Core.Model;
using Rectify.Search.Indexing.Searching;

namespace Rectify.Search.Api.Services;

/// <summary>What to compare: a theme or a search, optionally one metric, one province, one level.</summary>
public sealed record CompareRequest(string? Theme, string? Q, string? Metric = null, string? Province = null, string? Level = null);

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
            var targets = problems.SelectMany(p => TargetExtractor.Default.Extract(p))
                .Where(t => t.Kind == TargetKind.Target && (metricKey is null || t.MetricKey == metricKey || t.MetricKey.Contains(metricKey, StringComparison.Ordinal)))
                // The same commitment stated in the 整改目标 and again in a measure is one target.
                .DistinctBy(t => (t.MetricKey, t.Cmp, t.Value, t.Unit, t.By))
                .Select(t => t.ToRecord()).ToList();
            var lead = problems.SelectMany(p => p.Fields.LeadUnits.Concat(p.Measures.SelectMany(m => m.LeadUnits))).Distinct().ToList();
            if (lead.Count == 0)
                lead = problems.SelectMany(p => p.Fields.ResponsibleUnits).Distinct().ToList();
            rows.Add((region?.Code ?? "~" + plan.DocumentId, new CompareRow(plan.ToRecord(), problems.Select(p => p.ToBrief(plan)).ToList(), targets,
                problems.Select(p => DeadlineParser.Parse(p.Fields.DeadlineRaw, p.Fields.StatusNote).ToRecord()).ToList(), lead,
                problems.Sum(p => p.Measures.Count),
                lead.Select(u => DepartmentVocabulary.Default.Map(u).Department).OfType<Department>().DistinctBy(d => d.Id).Select(d => d.ToRecord()).ToList())));
        }
        return new CompareResponse(r.Theme, r.Q, r.Metric,
            rows.OrderBy(x => x.Code, StringComparer.Ordinal).ThenBy(x => x.Row.Document.Id, StringComparer.Ordinal).Select(x => x.Row).ToList());
    }

    /// <summary>The comparison as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read the Chinese right).</summary>
    public static byte[] ToCsv(CompareResponse response)
    {
        var sb = new StringBuilder();
        Line(sb, ["region_code", "province", "city", "county", "level", "document_id", "title", "problems", "targets", "deadlines", "lead_units", "lead_departments", "measure_count"]);
        foreach (var row in response.Rows)
        {
            var g = row.Document.Region;
            Line(sb,
            [
                g?.Code, g?.Province, g?.City, g?.County, g?.Level, row.Document.Id, row.Document.Title,
                string.Join(" | ", row.Problems.Select(p => $"{p.Label} {p.Title}")),
                string.Join(" | ", row.Targets.Select(Describe)),
                string.Join(" | ", row.Deadlines.Select(d => d.Date ?? d.Kind)),
                string.Join(" | ", row.LeadUnits),
                string.Join(" | ", row.LeadDepartments.Select(d => d.Id)),
                row.MeasureCount.ToString(CultureInfo.InvariantCulture),
            ]);
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    /// <summary>全县测土配方施肥技术覆盖率 ≥ 90 % by 2025-12.</summary>
    public static string Describe(TargetRecord t)
    {
        var cmp = t.Cmp switch { ">=" => "≥", "<=" => "≤", _ => t.Cmp };
        var value = t.Value.ToString("0.##", CultureInfo.InvariantCulture);
        return $"{t.Metric} {cmp} {value} {t.Unit}{(t.By is null ? "" : " by " + t.By)}";
    }

    private static void Line(StringBuilder sb, IEnumerable<string?> fields)
    {
        sb.Append(string.Join(",", fields.Select(f => f is null ? "" : f.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + f.Replace("\"", "\"\"") + "\"" : f)));
        sb.Append("\r\n");
    }
}
