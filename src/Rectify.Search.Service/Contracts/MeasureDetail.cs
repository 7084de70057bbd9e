namespace Rectify.Search.Service.Contracts;

/// <summary>One measure with its plan and problem.</summary>
public sealed record MeasureDetail(DocumentRecord Document, ProblemBrief Problem, MeasureRecord Measure);
