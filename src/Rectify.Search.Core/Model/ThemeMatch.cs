namespace Rectify.Search.Core.Model;

/// <summary>One phrase or pattern of a theme found in a record.</summary>
/// <param name="Phrase">The rule's phrase (or pattern) as written in the taxonomy.</param>
/// <param name="Field">Where it counted: title, text, target, measures (a problem's measures), measure (a measure's own text) or plan (the plan's title, for every problem it lists).</param>
/// <param name="MeasurePosition">For field measures: which measure (1-based).</param>
/// <param name="Weight">The rule's weight.</param>
/// <param name="Contribution">What it added to the score: weight × field factor, less where the text only mentions it, more when found in further fields.</param>
/// <param name="Context">The clause it was found in.</param>
public sealed record ThemeMatch(string Phrase, string Field, int? MeasurePosition, double Weight, double Contribution, string Context);
