using System.ComponentModel;

namespace Rectify.Search.Service.Contracts;

/// <summary>A precedent problem.</summary>
public sealed record SimilarProblemRecord(float Score, DocumentRecord Document, ProblemRecord Problem,
    [property: Description("The asking text's distinctive terms this problem contains, heaviest first")] IReadOnlyList<string> SharedTerms);
