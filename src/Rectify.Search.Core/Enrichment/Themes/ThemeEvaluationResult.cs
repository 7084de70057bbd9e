namespace Rectify.Search.Core.Enrichment.Themes;

/// <summary>The evaluation of the tagger against a gold file: per theme, micro-averaged, and problem by problem.</summary>
public sealed record ThemeEvaluationResult(IReadOnlyList<ThemeScore> PerTheme, ThemeScore Micro, IReadOnlyList<ThemeComparison> Problems);
