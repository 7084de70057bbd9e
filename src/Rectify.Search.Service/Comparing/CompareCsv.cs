using System.Globalization;
using System.Text;
using Rectify.Search.Service.Contracts;

namespace Rectify.Search.Service.Comparing;

/// <summary>A comparison as a table for spreadsheet programs, and targets as one line of text.</summary>
public static class CompareCsv
{
    /// <summary>The comparison as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read the Chinese right).</summary>
    public static byte[] Of(CompareResponse response)
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
