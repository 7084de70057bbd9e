using Rectify.Search.Core.Enrichment.Themes;
using Rectify.Search.Core.Model;

namespace Rectify.Search.Core.Enrichment;

/// <summary>
/// The enrichment stage of ingestion: tags problems and measures with themes, and reports what the deadline reader
/// could not read — a problem's 整改时限 with neither a date nor a kind, a measure's 底前 whose year a copy lost —
/// as warnings with their lines, so they are seen, never guessed.
/// </summary>
public static class PlanEnricher
{
    /// <summary>The version of what enrichment does; part of the pipeline version stored with each plan.</summary>
    public static string Version { get; } = $"themes-{ThemeTaxonomy.Default.Version}.deadlines-{DeadlineParser.Version}";

    public static PlanDocument Enrich(PlanDocument plan)
    {
        var tagged = ThemeTagger.Default.Tag(plan);
        var found = new List<Diagnostic>();
        foreach (var p in tagged.Problems)
        {
            var deadline = DeadlineParser.Parse(p.Fields.DeadlineRaw, p.Fields.StatusNote);
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
}
