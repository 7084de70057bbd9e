using Rectify.Search.Core.Model;

namespace Rectify.Search.Cli.Output;

/// <summary>Prints a plan as a tree: metadata, body sections, then problems with every field and measure.</summary>
public static class PlanPrinter
{
    public static void Print(TextWriter o, PlanDocument plan)
    {
        var m = plan.Metadata;
        o.WriteLine($"{plan.DocumentId}  {m.Title}{(m.Edition is { } e ? $"（{e}）" : "")}");
        if (m.Region is { } r)
            o.WriteLine($"  region:     {r.Province}{r.City}{r.County} {r.Code} ({r.Level.Wire()})");
        o.WriteLine($"  year:       {m.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}{(m.YearSource is { } ys ? $" (from {ys})" : "")}{(m.Date is { } d ? $", dated {d}" : "")}");
        if (m.Places.Count > 0)
            o.WriteLine($"  places:     {string.Join("、", m.Places.Select(p => $"{p.Name} {p.Code}" + (p.Mentions > 1 ? $" ×{p.Mentions}" : "")))}");
        var i = m.Inspection;
        o.WriteLine($"  inspection: {i.Kind ?? "?"}{(i.Round is { } round ? $", round {round}" : "")}{(i.FollowUp ? ", 回头看" : "")}{(i.Group is { } g ? $", {g}" : "")}");
        if (m.IssuingBody is not null || m.DocumentNumber is not null)
            o.WriteLine($"  issued by:  {m.IssuingBody ?? "?"}{(m.DocumentNumber is { } n ? $" {n}" : "")}");
        if (m.ListTitle is not null)
            o.WriteLine($"  list:       {m.ListTitle}");
        o.WriteLine($"  source:     {plan.SourcePath} [{plan.Encoding}]");

        if (plan.Sections.Count > 0)
        {
            o.WriteLine("sections");
            PrintSections(o, plan.Sections, "  ");
        }
        o.WriteLine($"problems ({plan.Problems.Count})");
        foreach (var p in plan.Problems)
            PrintProblem(o, p);
    }

    private static void PrintSections(TextWriter o, IEnumerable<Section> sections, string indent)
    {
        foreach (var s in sections)
        {
            var heading = s.Level == 0 ? "(front matter)" : $"{s.Ordinal} {s.Heading}";
            o.WriteLine($"{indent}{heading}{(s.Text.Length > 0 ? $"  — {Cut(s.Text, 40)}" : "")}");
            PrintSections(o, s.Children, indent + "  ");
        }
    }

    private static void PrintProblem(TextWriter o, Problem p)
    {
        var f = p.Fields;
        o.WriteLine($"  {p.Label}{(p.FeedbackNo is { } fb ? $" [{fb}]" : "")}  {p.Title}   (line {p.Line})");
        foreach (var c in p.Categories)
            o.WriteLine($"      category: {c}");
        Field(o, "所在地", f.Location);
        Field(o, "整改目标", f.Target);
        Field(o, "整改时限", f.DeadlineRaw is null ? null : f.DeadlineRaw + (f.StatusNote is { } s ? $"（{s}）" : ""));
        Field(o, "牵头单位", Join(f.LeadUnits));
        Field(o, "配合单位", Join(f.SupportUnits));
        Field(o, "责任单位", Join(f.ResponsibleUnits));
        Field(o, "责任领导", Join(f.Leaders));
        Field(o, "责任人", Join(f.ResponsiblePersons));
        if (f.Progress is { Length: > 0 } progress) // printed with its own labels (整改进展：…)
            o.WriteLine($"      {Cut(progress, 80)}");
        if (f.NotApplicable)
            Field(o, "不适用", f.NotApplicableNote);
        if (f.Truncated)
            o.WriteLine("      (truncated in the source: no fields follow)");
        string? group = null;
        foreach (var measure in p.Measures)
        {
            if (measure.Group != group && measure.Group is not null)
                o.WriteLine($"      [{measure.Group}]");
            group = measure.Group;
            var units = measure.ResponsibleUnits.Count == 0 ? ""
                : "  〔" + string.Join("、", measure.ResponsibleUnits.Select(u => measure.LeadUnits.Contains(u) ? u + "(牵头)" : u)) + "〕";
            o.WriteLine($"      {(measure.Ordinal.Length > 0 ? measure.Ordinal : "·")} {Cut(measure.Text, 60)}{units}");
        }
    }

    private static void Field(TextWriter o, string label, string? value)
    {
        if (!string.IsNullOrEmpty(value))
            o.WriteLine($"      {label}：{Cut(value, 80)}");
    }

    private static string? Join(IReadOnlyList<string> values) => values.Count == 0 ? null : string.Join("、", values);

    private static string Cut(string text, int max)
    {
        var flat = text.Replace('\n', ' ');
        return flat.Length <= max ? flat : flat[..max] + "…";
    }
}
