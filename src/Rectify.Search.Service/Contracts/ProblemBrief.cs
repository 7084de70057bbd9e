namespace Rectify.Search.Service.Contracts;

/// <summary>A problem in brief, where the record it belongs to is what matters.</summary>
public sealed record ProblemBrief(string Id, string Label, string Title);
