using System.ComponentModel;

namespace Rectify.Search.Service.Contracts;

/// <summary>A precedent target: one another plan set on the same metric.</summary>
public sealed record SimilarTargetRecord(
    [property: Description("Closeness 0–1: same metric; nearer value, same unit and direction score higher")] double Score,
    DocumentRecord Document, ProblemBrief Problem, TargetRecord Target,
    [property: Description("The metric both name, then words the two target texts share")] IReadOnlyList<string> SharedTerms);
