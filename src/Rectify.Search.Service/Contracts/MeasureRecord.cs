using System.ComponentModel;

namespace Rectify.Search.Service.Contracts;

/// <summary>A numbered measure of a problem.</summary>
public sealed record MeasureRecord(
    string Id, string ProblemId,
    [property: Description("As printed: 1, （一）, （1）; empty for a paragraph")] string Ordinal,
    [property: Description("The group heading the measure stands under, if any")] string? Group,
    string Text, IReadOnlyList<string> ResponsibleUnits, IReadOnlyList<string> LeadUnits, string? ResponsiblePerson,
    [property: Description("The deadline the measure sets itself (2021年6月底前，建立…); null when it is due by its problem's")] DeadlineRecord? Deadline,
    [property: Description("Themes the measure's own text carries (it is also found under its problem's)")] IReadOnlyList<ThemeRef> Themes);
