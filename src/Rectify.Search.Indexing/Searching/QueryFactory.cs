using Lucene.Net.Index;
using Lucene.Net.Search;
using Rectify.Search.Analysis.Dictionaries;
using Rectify.Search.Indexing.Schema;

namespace Rectify.Search.Indexing.Searching;

/// <summary>A Lucene query and the strings to highlight for it.</summary>
public sealed record CompiledQuery(Query Query, IReadOnlyList<string> Highlight);

/// <summary>
/// Builds the Lucene query for a user query. Each concept of the query must match: a word of the query (query
/// mode), a thesaurus term found in it, or a quoted phrase. A concept matches its word on the words field
/// (boosted), its thesaurus alternatives, and — weaker — most of its character bigrams, which finds what the
/// segmenter cut differently. Exclusions are left out on either field.
/// </summary>
public static class QueryFactory
{
    private const float WordBoost = 3f, AlternativeBoost = 2f, InnerBoost = 1.5f, BigramBoost = 0.5f;

    /// <summary>Null when the query holds nothing to search for (only punctuation, emoji or stop words).</summary>
    public static CompiledQuery? Build(string query, Thesaurus thesaurus)
    {
        var top = new BooleanQuery();
        var highlight = new List<string>();
        var positive = 0;
        foreach (var part in UserQuery.Parse(query))
        {
            if (part.Excluded)
            {
                if (Phrase(part.Text) is { } excluded)
                    top.Add(excluded, Occur.MUST_NOT);
                continue;
            }
            if (part.Phrase)
            {
                if (Phrase(part.Text) is { } phrase)
                {
                    top.Add(phrase, Occur.MUST);
                    highlight.Add(part.Text);
                    positive++;
                }
                continue;
            }
            foreach (var concept in Concepts(part.Text, thesaurus))
            {
                top.Add(concept.Query, Occur.MUST);
                highlight.AddRange(concept.Highlight);
                positive++;
            }
        }
        if (positive == 0)
        {
            if (top.Clauses.Count == 0)
                return null;
            top.Add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return new CompiledQuery(top, highlight.Distinct().ToList());
    }

    /// <summary>Thesaurus spans first (longest match), then each remaining query word.</summary>
    private static IEnumerable<CompiledQuery> Concepts(string text, Thesaurus thesaurus)
    {
        var cursor = 0;
        foreach (var match in thesaurus.FindIn(text))
        {
            foreach (var c in WordConcepts(text[cursor..match.Start]))
                yield return c;
            var q = new BooleanQuery();
            AddWords(q, match.Term, WordBoost);
            var parts = AnalyzedText.Terms(IndexAnalyzers.QueryWords, IndexFields.Words, match.Term) is [var single] ? AddInnerWords(q, single.Term) : [];
            foreach (var alternative in match.Alternatives)
                AddWords(q, alternative, AlternativeBoost);
            AddBigrams(q, match.Term);
            if (q.Clauses.Count > 0)
                yield return new CompiledQuery(q, [match.Term, .. match.Alternatives, .. parts]);
            cursor = match.Start + match.Length;
        }
        foreach (var c in WordConcepts(text[cursor..]))
            yield return c;
    }

    private static IEnumerable<CompiledQuery> WordConcepts(string text)
    {
        if (text.Length == 0)
            yield break;
        foreach (var (term, _) in AnalyzedText.Terms(IndexAnalyzers.QueryWords, IndexFields.Words, text))
        {
            var q = new BooleanQuery();
            q.Add(new TermQuery(new Term(IndexFields.Words, term)) { Boost = WordBoost }, Occur.SHOULD);
            var parts = AddInnerWords(q, term);
            AddBigrams(q, term);
            yield return new CompiledQuery(q, [term, .. parts]);
        }
    }

    /// <summary>
    /// The dictionary words inside a query word, all of them together, as a weaker alternative: 两高项目 also
    /// finds a text printed “两高”项目, where the index holds 两高 and 项目 but not 两高项目.
    /// </summary>
    private static List<string> AddInnerWords(BooleanQuery q, string term)
    {
        var inner = AnalyzedText.Terms(IndexAnalyzers.IndexWords, IndexFields.Words, term).Skip(1).Select(t => t.Term).Distinct().ToList();
        if (inner.Count < 2)
            return [];
        var all = new BooleanQuery { Boost = InnerBoost };
        foreach (var word in inner)
            all.Add(new TermQuery(new Term(IndexFields.Words, word)), Occur.MUST);
        q.Add(all, Occur.SHOULD);
        return inner;
    }

    /// <summary>Words in order on the words field, or the exact character sequence on the bigram field.</summary>
    private static Query? Phrase(string text)
    {
        var q = new BooleanQuery();
        AddWords(q, text, WordBoost);
        var bigrams = AnalyzedText.Terms(IndexAnalyzers.Bigrams, IndexFields.Bigrams, text);
        if (bigrams.Count > 0)
            q.Add(PhraseOf(IndexFields.Bigrams, bigrams), Occur.SHOULD);
        return q.Clauses.Count > 0 ? q : null;
    }

    private static void AddWords(BooleanQuery q, string text, float boost)
    {
        var terms = AnalyzedText.Terms(IndexAnalyzers.QueryWords, IndexFields.Words, text);
        if (terms.Count == 0)
            return;
        var query = PhraseOf(IndexFields.Words, terms);
        query.Boost = boost;
        q.Add(query, Occur.SHOULD);
    }

    /// <summary>Most of the term's bigrams (two in three), so 两高项目 still finds “两高”项目.</summary>
    private static void AddBigrams(BooleanQuery q, string text)
    {
        var bigrams = AnalyzedText.Terms(IndexAnalyzers.Bigrams, IndexFields.Bigrams, text).Select(b => b.Term).Distinct().ToList();
        if (bigrams.Count == 0)
            return;
        var b = new BooleanQuery { Boost = BigramBoost };
        foreach (var bigram in bigrams)
            b.Add(new TermQuery(new Term(IndexFields.Bigrams, bigram)), Occur.SHOULD);
        b.MinimumNumberShouldMatch = (int)Math.Ceiling(bigrams.Count * 2 / 3.0);
        q.Add(b, Occur.SHOULD);
    }

    private static Query PhraseOf(string field, List<(string Term, int Position)> terms)
    {
        if (terms.Count == 1)
            return new TermQuery(new Term(field, terms[0].Term));
        var phrase = new PhraseQuery();
        foreach (var (term, position) in terms)
            phrase.Add(new Term(field, term), position);
        return phrase;
    }
}
