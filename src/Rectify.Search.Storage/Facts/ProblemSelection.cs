namespace Rectify.Search.Storage.Facts;

/// <summary>Which stored problems to read: tagged with a theme, among given ids, of plans of a province or level; null for any.</summary>
public sealed record ProblemSelection(string? Theme = null, IReadOnlyCollection<string>? Ids = null, string? Province = null, string? Level = null);
