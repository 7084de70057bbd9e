namespace Rectify.Search.Core.Model;

/// <summary>A theme a problem or measure is tagged with, its score, and the matches that explain it.</summary>
/// <param name="ThemeId">The theme's id in the taxonomy (two-high, sewage-network …).</param>
/// <param name="Score">The sum of the matches' contributions; the tag holds because it reached the theme's threshold.</param>
public sealed record ThemeTag(string ThemeId, double Score, IReadOnlyList<ThemeMatch> Matches);
