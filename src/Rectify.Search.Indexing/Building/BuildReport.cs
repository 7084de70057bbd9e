namespace Rectify.Search.Indexing.Building;

/// <summary>What a build did: a whole new generation, or (<see cref="Incremental"/>) the changed plans' documents replaced in the current one.</summary>
/// <param name="Plans">Plans whose documents were written.</param>
/// <param name="Documents">Documents written.</param>
public sealed record BuildReport(string Generation, int Plans, int Documents, TimeSpan Elapsed)
{
    /// <summary>Only the changed plans were written, into the generation in use.</summary>
    public bool Incremental { get; init; }

    /// <summary>Plans whose documents were removed (removed or replaced plans) in an incremental update.</summary>
    public int Removed { get; init; }
}
