namespace Rectify.Search.Indexing.Searching;

/// <summary>A matching Lucene document: its score, record id, problem id and facet values.</summary>
internal sealed record CollectedHit(int Doc, float Score, string Id, string? ProblemId, IReadOnlyList<(string Field, string Value)> Facets);
