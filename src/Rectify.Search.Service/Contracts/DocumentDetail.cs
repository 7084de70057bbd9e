namespace Rectify.Search.Service.Contracts;

/// <summary>A plan with its problems and their measures.</summary>
public sealed record DocumentDetail(DocumentRecord Document, IReadOnlyList<ProblemWithMeasures> Problems);
