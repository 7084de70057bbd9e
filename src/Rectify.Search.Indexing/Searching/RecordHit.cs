namespace Rectify.Search.Indexing.Searching;

/// <summary>One matching record: its ids, score and highlighted passages.</summary>
public sealed record RecordHit(string Id, string Kind, string DocumentId, string? ProblemId, float Score, IReadOnlyList<string> Highlights)
{
    /// <summary>The content hash of the plan version the hit was indexed from (see IndexFields.PlanVersion).</summary>
    public string PlanVersion { get; init; } = "";
}
