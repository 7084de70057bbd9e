namespace Rectify.Search.Core.Enrichment.Themes;

/// <summary>A hand-labelled problem: the plan, the problem's number as printed, and its themes.</summary>
public sealed record GoldProblem(string DocumentId, string Label, IReadOnlySet<string> Themes, int Line);
