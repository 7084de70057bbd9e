using System.ComponentModel;

namespace Rectify.Search.Service.Contracts;

/// <summary>A precedent measure, with the terms it shares with the asking text.</summary>
public sealed record SimilarHitRecord(
    float Score, DocumentRecord Document, ProblemBrief Problem, MeasureRecord Measure,
    [property: Description("The asking text's distinctive terms this measure contains, heaviest first")] IReadOnlyList<string> SharedTerms,
    [property: Description("Further measures with the same text, collapsed into this hit")] IReadOnlyList<string> SameTextIds);
