namespace Rectify.Search.Core.Model;

/// <summary>A numeric target (or finding) read from a plan.</summary>
/// <param name="Metric">The metric as the plan names it (全县主要农作物测土配方施肥技术覆盖率).</param>
/// <param name="MetricKey">The metric as comparisons name it (测土配方施肥技术覆盖率).</param>
/// <param name="By">The year (2025) or month (2025-12) it is due, when the plan says.</param>
/// <param name="Text">The clause it came from.</param>
/// <param name="Source">target (整改目标), measure, or text (the problem's finding).</param>
/// <param name="MeasurePosition">For a measure: which one (1-based).</param>
public sealed record Target(string Metric, string MetricKey, Comparator Cmp, double Value, string Unit, string? By, string Text,
    TargetKind Kind, string Source, int? MeasurePosition)
{
    /// <summary>
    /// The themes the target counts under, from its own words first: of a fertilizer-and-pesticide problem, 化学农药使用量
    /// 实现零增长 counts under pesticide reduction only (<see cref="Enrichment.Themes.ThemeTagger.TargetThemes"/>); set by enrichment.
    /// </summary>
    public IReadOnlyList<string> Themes { get; init; } = [];
}
