namespace Rectify.Search.Storage.Facts;

/// <summary>The facts of the selected problems in a window of plans, and how many plans the whole selection spans.</summary>
public sealed record FactsPage(IReadOnlyList<ProblemFacts> Facts, int TotalPlans);
