namespace Rectify.Search.Indexing.Building;

/// <summary>What a build did.</summary>
public sealed record BuildReport(string Generation, int Plans, int Documents, TimeSpan Elapsed);
