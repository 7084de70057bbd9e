namespace Rectify.Search.Core.Enrichment;

/// <summary>A five-year plan period as plans name it: 十四五 is 2021–2025, so 十四五末 is the end of 2025.</summary>
public sealed record PlanningPeriod(string Name, int FirstYear, int LastYear);
