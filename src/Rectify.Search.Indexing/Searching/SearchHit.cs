namespace Rectify.Search.Indexing.Searching;

/// <summary>A result row: a problem with its best measures, or a measure.</summary>
public sealed record SearchHit(string Id, string DocumentId, string ProblemId, float Score, IReadOnlyList<string> Highlights, IReadOnlyList<RecordHit> Measures)
{
    /// <summary>The content hash of the plan version the hit was indexed from (see IndexFields.PlanVersion).</summary>
    public string PlanVersion { get; init; } = "";
}
