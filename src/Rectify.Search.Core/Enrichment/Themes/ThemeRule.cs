using System.Text.RegularExpressions;

namespace Rectify.Search.Core.Enrichment.Themes;

/// <summary>One rule: a phrase or a pattern, its weight and the fields it applies to.</summary>
public sealed record ThemeRule(string Phrase, Regex? Pattern, double Weight, ThemeField Fields, int Line);
