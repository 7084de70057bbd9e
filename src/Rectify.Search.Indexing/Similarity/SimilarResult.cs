namespace Rectify.Search.Indexing.Similarity;

/// <summary>
/// The precedents found and the terms the asking text was reduced to. <paramref name="SourceCopies"/> are measures of
/// the asking measure's own plan with its very text (001 十 and 十一 share one word for word): copies, not precedents.
/// </summary>
public sealed record SimilarResult(IReadOnlyList<SimilarHit> Hits, IReadOnlyList<WeightedTerm> Terms, IReadOnlyList<string> SourceCopies);
