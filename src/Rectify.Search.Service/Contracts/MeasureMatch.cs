namespace Rectify.Search.Service.Contracts;

/// <summary>A measure matching the query, under a problem hit, with its highlights.</summary>
public sealed record MeasureMatch(float Score, MeasureRecord Measure, IReadOnlyList<string> Highlights);
