using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Rectify.Search.Indexing.Searching;

/// <summary>
/// A broad lexical arm of the hybrid ranking: the text's terms under one analyzer (single characters, or character
/// bigrams) OR-ed on one field and ranked by plain BM25 — what a plain peer does, run on the project's own index so
/// that the fusion (<see cref="RankFusion"/>) never ranks below it for want of what it finds. Each distinct term is one
/// clause, boosted by how often the text repeats it.
/// </summary>
public sealed class LexicalArm
{
    /// <summary>
    /// How many records the arm's terms may hold between them before the commonest are left out (rarest kept first):
    /// a character such as 水 is in half of a national corpus and says least; a budget keeps a search over a million
    /// records to a hundred thousand postings (as the precedents' distinctive words are kept). A small corpus keeps every term.
    /// </summary>
    public const long MaxPostings = 100_000;

    private readonly List<(string Term, float Weight)> _terms;
    private readonly List<(string Term, float Weight)> _boosts;
    private readonly int _ownTerms;

    private LexicalArm(string field, List<(string Term, float Weight)> terms, List<(string Term, float Weight)> boosts, int ownTerms)
    {
        Field = field;
        _terms = terms;
        _boosts = boosts;
        _ownTerms = ownTerms;
    }

    public string Field { get; }

    /// <summary>The same terms, weighed alike, on another field analysed the same way (a problem's whole for a measure's own).</summary>
    public LexicalArm On(string field) => new(field, _terms, _boosts, _ownTerms);

    /// <summary>
    /// The arm of <paramref name="text"/> on <paramref name="field"/>, each term weighed by how often the text has it;
    /// the terms of <paramref name="expansions"/> (the thesaurus's alternatives of the text's terms, the related terms
    /// mined) that the text lacks join at <paramref name="expansionWeight"/> times their own weight, so that the user's
    /// words always count most; those that do not find (<see cref="Expansion.Finds"/>) only add to the score of a
    /// record the others found. Null when the analyzer
    /// finds no term in the text. <paramref name="keep"/>, when given, says which terms count (precedents leave numbers out).
    /// </summary>
    public static LexicalArm? Of(Analyzer analyzer, string field, string text, IEnumerable<Expansion>? expansions = null, float expansionWeight = 0.5f, Func<string, bool>? keep = null)
    {
        keep ??= _ => true;
        var terms = AnalyzedText.Terms(analyzer, field, text)
            .Where(t => keep(t.Term))
            .GroupBy(t => t.Term, StringComparer.Ordinal)
            .Select(g => (g.Key, (float)g.Count()))
            .ToList();
        if (terms.Count == 0)
            return null;
        var own = terms.Count;
        var boosts = new List<(string, float)>();
        var known = terms.Select(t => t.Item1).ToHashSet(StringComparer.Ordinal);
        foreach (var expansion in (expansions ?? []).OrderByDescending(e => e.Finds))
        {
            foreach (var (term, _) in AnalyzedText.Terms(analyzer, field, expansion.Term))
            {
                if (keep(term) && known.Add(term))
                    (expansion.Finds ? terms : boosts).Add((term, expansionWeight * expansion.Weight));
            }
        }
        return new LexicalArm(field, terms, boosts, own);
    }

    /// <summary>
    /// The OR query of the arm's terms, at least <paramref name="share"/> of as many as the text has of its own (rounded up, at least one) required;
    /// null when none of them is in the index.
    /// </summary>
    public Query? Query(IndexReader reader, TextFields fields, double share = 0)
    {
        var kept = new List<(string Term, float Weight, int Df)>();
        long postings = 0;
        int DocFreq(string term) => fields.Terms?.DocFreq(Field, term) ?? reader.DocFreq(new Term(Field, term));
        foreach (var (term, weight, df) in _terms.Select(t => (t.Term, t.Weight, Df: DocFreq(t.Term))).Where(t => t.Df > 0).OrderBy(t => t.Df).ThenBy(t => t.Term, StringComparer.Ordinal))
        {
            if (kept.Count > 0 && postings + df > MaxPostings)
                break;
            postings += df;
            kept.Add((term, weight, df));
        }
        if (kept.Count == 0)
            return null;
        var q = new BooleanQuery(disableCoord: true);
        foreach (var (term, weight, _) in kept)
        {
            var clause = fields.Term(Field, term);
            clause.Boost = weight;
            q.Add(clause, Occur.SHOULD);
        }
        q.MinimumNumberShouldMatch = Math.Clamp((int)Math.Ceiling(share * _ownTerms), 1, kept.Count);
        var boosts = _boosts.Where(b => (long)DocFreq(b.Term) is > 0 and <= MaxPostings).ToList();
        if (boosts.Count == 0)
            return q;
        var boosted = new BooleanQuery(disableCoord: true) { { q, Occur.MUST } };
        foreach (var (term, weight) in boosts)
        {
            var clause = fields.Term(Field, term);
            clause.Boost = weight;
            boosted.Add(clause, Occur.SHOULD);
        }
        return boosted;
    }
}
