namespace Rectify.Search.Indexing.Searching;

/// <summary>A matching Lucene document: its score, record id and facet values.</summary>
internal sealed record CollectedHit(int Doc, float Score, string Id, IReadOnlyList<(string Field, string Value)> Facets)
{
    /// <summary>The problem the record is or belongs to, read from its id.</summary>
    public string? ProblemId => Schema.IndexFields.OfId(Id).ProblemId;
}
