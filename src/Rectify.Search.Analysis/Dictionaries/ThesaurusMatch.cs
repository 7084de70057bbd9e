namespace Rectify.Search.Analysis.Dictionaries;

/// <summary>A thesaurus term found in a query, with what it expands to.</summary>
public sealed record ThesaurusMatch(int Start, int Length, string Term, IReadOnlyList<string> Alternatives);
