using Rectify.Search.Core.Enrichment.Departments;
using Rectify.Search.Core.Enrichment.Targets;
using Rectify.Search.Core.Enrichment.Themes;
using Rectify.Search.Core.Model;

namespace Rectify.Search.Core.Enrichment;

/// <summary>
/// The enrichment stage of ingestion, done once so that nothing read back from the store is parsed again: tags
/// problems and measures with themes; reads deadlines (the problem's 整改时限, a measure's own 底前), targets and
/// findings, and the department of every unit in every role. What the deadline reader could not read — a problem's
/// 整改时限 with neither a date nor a kind, a measure's 底前 whose year a copy lost — is reported as warnings with
/// their lines, so it is seen, never guessed.
/// </summary>
public static class PlanEnricher
{
    /// <summary>The version of what enrichment does; part of the pipeline version stored with each plan.</summary>
    public static string Version { get; } =
        $"themes-{ThemeTaxonomy.Default.Version}.deadlines-{DeadlineParser.Version}.targets-{TargetExtractor.Version}-{MetricNames.Default.Version}-{UnitVocabulary.Default.Version}.departments-{DepartmentVocabulary.Default.Version}.grammar-{Grammar.Default.Version}";

    public static PlanDocument Enrich(PlanDocument plan)
    {
        var tagged = ThemeTagger.Default.Tag(plan) is var t ? t with { Problems = t.Problems.Select(Derive).ToList() } : t;
        var found = new List<Diagnostic>();
        foreach (var p in tagged.Problems)
        {
            var deadline = p.Deadline;
            if (deadline.Unread)
                found.Add(new Diagnostic(Severity.Warning, p.Line, "deadline-unread",
                    $"problem {p.Label}: deadline \"{deadline.Raw}\" names neither a date nor immediate/ongoing; kept as printed"));
            foreach (var m in p.Measures)
            {
                foreach (var clause in DeadlineParser.YearlessClauses(m.Text))
                    found.Add(new Diagnostic(Severity.Warning, m.Line, "deadline-no-year",
                        $"problem {p.Label} measure {(m.Ordinal.Length > 0 ? m.Ordinal : m.Position.ToString(System.Globalization.CultureInfo.InvariantCulture))}: \"{clause}\" gives no year (lost in this copy?); not read as a deadline"));
            }
        }
        return found.Count == 0 ? tagged : tagged with { Diagnostics = [.. tagged.Diagnostics, .. found] };
    }

    /// <summary>
    /// The values read from a problem's text and fields: its deadline and its measures', its targets and findings,
    /// and its units with their departments. Themes are the tagger's; a stored plan of an older schema gets these
    /// values here too, when the store migrates it.
    /// </summary>
    public static Problem Derive(Problem p)
    {
        var f = p.Fields;
        var units = Assign(f.LeadUnits, UnitRole.Lead).Concat(Assign(f.SupportUnits, UnitRole.Support))
            .Concat(Assign(f.ResponsibleUnits, UnitRole.Responsible))
            .Concat(RoleUnit.Roles.SelectMany(role => Assign(f.OtherUnits.Where(u => u.Role == role).Select(u => u.Name), role)))
            .ToList();
        var derived = p with
        {
            Deadline = DeadlineParser.Parse(f.DeadlineRaw, f.StatusNote),
            Units = units,
            Measures = p.Measures.Select(m => m with
            {
                Deadline = DeadlineParser.ForMeasure(m.Text),
                Units = [.. Assign(m.LeadUnits, UnitRole.Lead), .. Assign(m.ResponsibleUnits, UnitRole.Responsible)],
            }).ToList(),
        };
        // Targets are due by the deadlines just read, and count under the themes of the problem and measure they stand in.
        return derived with
        {
            Targets = TargetExtractor.Default.Extract(derived).Select(t => t with { Themes = ThemeTagger.Default.TargetThemes(t, derived) }).ToList(),
        };
    }

    private static IEnumerable<AssignedUnit> Assign(IEnumerable<string> names, UnitRole role) =>
        names.Select(n => DepartmentVocabulary.Default.Map(n)).Select(u => new AssignedUnit(u.Unit, role, u.Department, u.Level));
}
