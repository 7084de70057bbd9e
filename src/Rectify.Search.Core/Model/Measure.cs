namespace Rectify.Search.Core.Model;

/// <summary>One numbered (or paragraph) measure under a problem.</summary>
/// <param name="Position">1-based position under its problem.</param>
/// <param name="Ordinal">As printed: 1, （一）, （1）; empty for a measure written as a plain paragraph.</param>
/// <param name="Group">The heading of the group it stands under (001's （一）县发改局, 002's （一）农药减量), if any.</param>
/// <param name="ResponsibleUnits">Units responsible for this measure, lead units first when known.</param>
/// <param name="LeadUnits">Units that lead this measure (牵头负责第N条, or the plan's "first unit leads" rule).</param>
/// <param name="ResponsiblePerson">责任人 given with the measure's units.</param>
public sealed record Measure(
    int Position,
    string Ordinal,
    string? Group,
    string Text,
    IReadOnlyList<string> ResponsibleUnits,
    IReadOnlyList<string> LeadUnits,
    string? ResponsiblePerson,
    int Line)
{
    /// <summary>Themes the measure's own text carries, strongest first; set by enrichment.</summary>
    public IReadOnlyList<ThemeTag> Themes { get; init; } = [];

    /// <summary>The deadline the measure's own text sets (2021年6月底前，…); null when it is due by its problem's; set by enrichment.</summary>
    public Deadline? Deadline { get; init; }

    /// <summary>The measure's units (lead, then responsible) with their departments; set by enrichment.</summary>
    public IReadOnlyList<AssignedUnit> Units { get; init; } = [];
}
