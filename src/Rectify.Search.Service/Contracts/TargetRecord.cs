using System.ComponentModel;

namespace Rectify.Search.Service.Contracts;

/// <summary>A numeric target, or a number the inspectors found.</summary>
public sealed record TargetRecord(
    [property: Description("The metric as the plan names it")] string Metric,
    [property: Description(">=, <=, =, > or <")] string Cmp,
    double Value, string Unit,
    [property: Description("When it is due: 2025 or 2025-12 (a date in the sentence, else the problem's deadline)")] string? By,
    [property: Description("The clause it came from")] string Text,
    [property: Description("The metric as comparisons name it: scope words out, synonyms resolved")] string MetricKey,
    [property: Description("target (整改目标), measure, or text (the problem's finding)")] string Source,
    int? MeasurePosition,
    [property: Description("Theme ids the target counts under: of its problem's themes those its own words are about (else its measure's, else all), and any other its words are about; a comparison on a theme lists a target only under these")] IReadOnlyList<string> Themes);
