using System.Globalization;
using Rectify.Search.Core.Model;
using Rectify.Search.Service.Contracts;
using Rectify.Search.Writing;

namespace Rectify.Search.Service.Export;

/// <summary>
/// Result lists (search, precedents, comparison) as tables a drafter pastes into Word or Excel: Chinese headers, the
/// plan's title, region and year, the problem's number, the measure's text, and each row's citation in the form drafts
/// use (《plan》（region，year年）问题 n).
/// </summary>
public static class ResultTables
{
    /// <summary>The most rows an export holds; the criteria line says when a result was cut there.</summary>
    public const int Limit = 1000;

    /// <summary>A search's results: problems with their measures (unit=problem) or measures with their problem.</summary>
    /// <param name="measuresOf">A problem's measures, for the problem rows.</param>
    public static ResultTable Search(string query, IReadOnlyList<string> filters, bool measures, int total, IReadOnlyList<SearchHitRecord> hits,
        Func<string, IReadOnlyList<MeasureRecord>> measuresOf)
    {
        var title = "检索结果" + (string.IsNullOrWhiteSpace(query) ? "" : "：" + query.Trim());
        var criteria = new List<string>();
        if (!string.IsNullOrWhiteSpace(query))
            criteria.Add($"检索词：{query.Trim()}（{(measures ? "按措施" : "按问题")}）");
        else
            criteria.Add(measures ? "按措施列出" : "按问题列出");
        criteria.AddRange(filters);
        criteria.Add(Count(total, hits.Count));
        ResultColumn[] columns =
        [
            new("序号", 6), new("地区", 16), new("年份", 7), new("方案", 30), new("问题编号", 8), new("问题", 40), new("整改时限", 14), new("牵头单位", 18),
            new(measures ? "整改措施" : "整改措施（本问题全部）", 60), new("出处", 34),
        ];
        var rows = hits.Select((h, i) => (IReadOnlyList<string>)
        [
            N(i + 1), Region(h.Document.Region), Year(h.Document.Year), h.Document.Title ?? "", h.Problem.Label, h.Problem.Text,
            Deadline(h.Problem.Deadline), string.Join("、", h.Problem.LeadUnits.Count > 0 ? h.Problem.LeadUnits : h.Problem.ResponsibleUnits),
            measures && h.Measure is { } m ? Measure(m) : string.Join("\n", measuresOf(h.Problem.Id).Select(Measure)),
            Cite(h.Document, h.Problem.Label),
        ]).ToList();
        return new ResultTable(title, criteria, columns, rows);
    }

    /// <summary>Precedents: measures, problems or targets of other plans, with the words each shares with the asking text.</summary>
    public static ResultTable Precedents(SimilarResponse response, string asking, string scope)
    {
        var (what, rows) = response.Unit switch
        {
            "problem" => ("先例问题", (response.Problems ?? []).Select(x => Row(x.Document, x.Problem.Label, x.Problem.Title, x.Problem.Text, x.SharedTerms)).ToList()),
            "target" => ("先例目标", (response.Targets ?? []).Select(x => Row(x.Document, x.Problem.Label, x.Problem.Title, x.Target.Text, x.SharedTerms)).ToList()),
            _ => ("先例措施", response.Hits.Select(x => Row(x.Document, x.Problem.Label, x.Problem.Title, Measure(x.Measure), x.SharedTerms)).ToList()),
        };
        var numbered = rows.Select((r, i) => (IReadOnlyList<string>)[N(i + 1), .. r]).ToList();
        ResultColumn[] columns = [new("序号", 6), new("地区", 16), new("年份", 7), new("方案", 30), new("问题编号", 8), new("问题", 30), new(what, 60), new("共同词语", 18), new("出处", 34)];
        return new ResultTable("找先例：" + Short(asking), [$"拟写内容：{asking.Trim()}", $"范围：{scope}", Count(numbered.Count, numbered.Count)], columns, numbered);

        static IReadOnlyList<string> Row(DocumentRecord d, string label, string problem, string text, IReadOnlyList<string> shared) =>
            [Region(d.Region), Year(d.Year), d.Title ?? "", label, problem, text, string.Join("、", shared), Cite(d, label)];
    }

    /// <summary>A comparison: one row per plan with its problems on the theme, targets, deadlines, lead units and measure count.</summary>
    public static ResultTable Comparison(CompareResponse response, string? themeName, IReadOnlyList<string> filters)
    {
        var title = "对比：" + (themeName ?? response.Q ?? "");
        var criteria = new List<string> { themeName is null ? $"检索词：{response.Q}" : $"主题：{themeName}" };
        if (response.Metric is { } metric)
            criteria.Add($"指标：{metric}");
        criteria.AddRange(filters);
        criteria.Add($"共 {N(response.Total)} 个方案");
        ResultColumn[] columns =
        [
            new("序号", 6), new("地区", 16), new("层级", 7), new("年份", 7), new("方案", 30), new("相关问题", 36), new("量化目标", 36), new("整改时限", 16),
            new("牵头单位", 20), new("措施数", 8), new("出处", 34),
        ];
        var rows = response.Rows.Select((r, i) => (IReadOnlyList<string>)
        [
            N(i + 1), Region(r.Document.Region), r.Document.Region?.LevelLabel ?? "", Year(r.Document.Year), r.Document.Title ?? "",
            string.Join("\n", r.Problems.Select(p => Numbered(p.Label, p.Title))),
            string.Join("\n", r.Targets.Select(Target)),
            string.Join("\n", r.Deadlines.Select(Deadline).Where(d => d.Length > 0).Distinct()),
            string.Join("、", r.LeadUnits), N(r.MeasureCount),
            Cite(r.Document, string.Join("、", r.Problems.Select(p => p.Label).Where(l => l.Length > 0))),
        ]).ToList();
        return new ResultTable(title, criteria, columns, rows);
    }

    /// <summary>全县测土配方施肥技术覆盖率 ≥ 90%（2025年12月）.</summary>
    public static string Target(TargetRecord t)
    {
        var cmp = t.Cmp switch { ">=" => "≥", "<=" => "≤", _ => t.Cmp };
        return $"{t.Metric} {cmp} {t.Value.ToString("0.##", CultureInfo.InvariantCulture)}{t.Unit}{(t.By is null ? "" : $"（{Date(t.By)}）")}";
    }

    /// <summary>2025年12月31日, 立行立改, 长期坚持 …, with 已完成 when the plan says so; the printed text when it could not be read.</summary>
    public static string Deadline(DeadlineRecord d)
    {
        if (d.Unread)
            return d.Raw;
        var parts = new List<string>();
        if (d.Date is { } date)
            parts.Add(Date(date));
        if (d.Kind != "date" && d.Kind != "none")
            parts.Add(d.KindLabel);
        if (d.StatusLabel is { } status)
            parts.Add(status);
        return parts.Count > 0 ? string.Join("，", parts) : d.Raw;
    }

    /// <summary>2025-12-31 → 2025年12月31日; 2025-12 → 2025年12月; 2025 → 2025年.</summary>
    public static string Date(string iso)
    {
        var parts = iso.Split('-');
        return parts[0] + "年" + (parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) + "月" : "") + (parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) + "日" : "");
    }

    /// <summary>江西省 赣州市 兴国县: a region's names, each once.</summary>
    public static string Region(RegionRecord? r) =>
        r is null ? "" : string.Join(" ", new[] { r.Province, r.City, r.County }.Where(s => !string.IsNullOrEmpty(s)).Distinct());

    /// <summary>二、标题 or, where the plan prints no number, the title alone.</summary>
    public static string Numbered(string label, string title) => label.Length == 0 ? title : $"{label}、{title}";

    private static string Cite(DocumentRecord d, string label) =>
        new Citation(d.Id, d.Title ?? d.Id, Region(d.Region), d.Year, label, null).Note;

    private static string Measure(MeasureRecord m) => m.Ordinal.Length == 0 ? m.Text : $"{m.Ordinal} {m.Text}";

    private static string Year(int? year) => year is { } y ? y.ToString(CultureInfo.InvariantCulture) : "";

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Short(string text)
    {
        var t = string.Join(" ", text.Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return t.Length <= 20 ? t : t[..20] + "…";
    }

    private static string Count(int total, int shown) =>
        total > shown ? $"共 {N(total)} 条，导出前 {N(shown)} 条（每次导出至多 {N(Limit)} 条）" : $"共 {N(total)} 条";
}
