namespace Rectify.Search.Service.Contracts;

/// <summary>A distinctive term of the asking text and its weight (tf-idf).</summary>
public sealed record TermWeight(string Term, float Weight);
