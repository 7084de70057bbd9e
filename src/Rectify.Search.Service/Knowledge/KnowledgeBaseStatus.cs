namespace Rectify.Search.Service.Knowledge;

/// <summary>The state of the knowledge base: store counts, index size and version, and whether the index matches the store.</summary>
public sealed record KnowledgeBaseStatus(int Documents, int Problems, int Measures, int IndexDocuments, string? IndexVersion, bool IndexCurrent)
{
    /// <summary>While the index is behind: the plans stored but not indexed, and indexed but no longer stored (a replaced plan counts in neither).</summary>
    public int? Pending { get; init; }

    /// <summary>The last index update that failed (the previous index serving meanwhile), until one succeeds.</summary>
    public string? LastFailure { get; init; }
}
