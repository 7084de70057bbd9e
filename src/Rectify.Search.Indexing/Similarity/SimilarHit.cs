namespace Rectify.Search.Indexing.Similarity;

/// <summary>
/// A precedent measure or problem. <paramref name="Id"/> is the record's: the measure's, or for a problem precedent the
/// problem's (equal to <paramref name="ProblemId"/>). <paramref name="SharedTerms"/> explain the match: the asking
/// text's weighty terms that this record contains too, heaviest first. <paramref name="SameTextIds"/> are further
/// records with the same text, collapsed into this hit.
/// </summary>
public sealed record SimilarHit(string Id, string DocumentId, string ProblemId, float Score, IReadOnlyList<string> SharedTerms, IReadOnlyList<string> SameTextIds)
{
    /// <summary>The content hash of the plan version the hit was indexed from (see IndexFields.PlanVersion).</summary>
    public string PlanVersion { get; init; } = "";
}
