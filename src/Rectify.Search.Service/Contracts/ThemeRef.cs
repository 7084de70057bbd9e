using System.ComponentModel;

namespace Rectify.Search.Service.Contracts;

/// <summary>A theme a record is tagged with, strongest first, and why.</summary>
public sealed record ThemeRef(
    string Id, string Name,
    [property: Description("The sum of the matches' contributions; the tag holds because it reached the theme's threshold")] double Score,
    [property: Description("The phrases that matched: where (title, text, target, measures, measure, plan), the rule's weight, what it added, the clause")] IReadOnlyList<ThemeMatchRecord> Matches);
