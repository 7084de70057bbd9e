namespace Rectify.Search.Service.Contracts;

/// <summary>A problem with its measures.</summary>
public sealed record ProblemWithMeasures(ProblemRecord Problem, IReadOnlyList<MeasureRecord> Measures);
