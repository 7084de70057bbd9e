namespace Rectify.Search.Indexing.Similarity;

/// <summary>A term of the asking text and how much it weighs in the comparison (its tf-idf).</summary>
public sealed record WeightedTerm(string Term, float Weight);
