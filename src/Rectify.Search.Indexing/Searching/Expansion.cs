using Rectify.Search.Analysis.Dictionaries;

namespace Rectify.Search.Indexing.Searching;

/// <summary>
/// A term the lexical arms rank by beside the user's words, with its weight relative to a thesaurus alternative (1):
/// a hand entry of the thesaurus, which also finds records on its own (下水道 → 污水管网), or a reviewed related term
/// mined from the corpus, weaker by its NPMI, which only reorders the records the other terms found
/// (<see cref="Finds"/> false): a related term is evidence about a record, not a name of what was asked for.
/// </summary>
public readonly record struct Expansion(string Term, float Weight, bool Finds = true)
{
    /// <summary>A mined related term counts its NPMI times this, so that it always weighs less than a thesaurus alternative.</summary>
    public const float RelatedShare = 0.5f;

    /// <summary>
    /// The expansions of <paramref name="text"/>: the alternatives of its thesaurus terms (<paramref name="matches"/>,
    /// found by <see cref="Thesaurus.FindIn"/>) at 1, then, when <paramref name="related"/>, the related terms of the
    /// thesaurus's mined pairs.
    /// </summary>
    public static IEnumerable<Expansion> Of(Thesaurus thesaurus, string text, IReadOnlyList<ThesaurusMatch> matches, bool related = true) =>
        matches.SelectMany(m => m.Alternatives).Select(a => new Expansion(a, 1f))
            .Concat(related ? thesaurus.Related.FindIn(text).Select(r => new Expansion(r.Term, r.Weight * RelatedShare, Finds: false)) : []);

    /// <summary>Each term once, as it was first given (a thesaurus alternative before a related term), in order of first appearance.</summary>
    public static IReadOnlyList<Expansion> Distinct(IEnumerable<Expansion> expansions) =>
        expansions.DistinctBy(e => e.Term, StringComparer.Ordinal).ToList();
}
