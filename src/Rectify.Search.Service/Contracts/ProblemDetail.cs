namespace Rectify.Search.Service.Contracts;

/// <summary>One problem with its plan and measures.</summary>
public sealed record ProblemDetail(DocumentRecord Document, ProblemRecord Problem, IReadOnlyList<MeasureRecord> Measures);
