using Lucene.Net.Index;
using Lucene.Net.Search;
using Rectify.Search.Analysis.Dictionaries;
using Rectify.Search.Indexing.Schema;

namespace Rectify.Search.Indexing.Searching;

/// <summary>
/// A user query compiled into concepts: each a word of the query (query mode), a thesaurus term found in it, or a
/// quoted phrase. <see cref="Ranked"/> builds the Lucene query for a pair of fields: every concept a SHOULD clause
/// (its word boosted, its thesaurus alternatives, the dictionary words inside it together, and — weaker — its
/// character bigrams, first and last required, which finds what the segmenter cut differently), at least
/// <c>minimumShouldMatch</c> of them required; phrases required; exclusions left out.
/// </summary>
public sealed class CompiledQuery
{
    private const float WordBoost = 3f, AlternativeBoost = 2f, InnerBoost = 1.5f, BigramBoost = 0.5f;

    private readonly List<Func<TextFields, Query?>> _concepts = [];
    private readonly List<Func<TextFields, Query?>> _fine = [];
    private readonly List<(string Term, bool FromThesaurus)> _keys = [];

    /// <summary>A query holding more concepts than this (a pasted sentence) keeps its most distinctive ones.</summary>
    public const int MaxConcepts = 10;
    private readonly List<Func<TextFields, Query?>> _phrases = [];
    private readonly List<Func<TextFields, Query?>> _exclusions = [];

    /// <summary>The strings to mark in passages: the query's words, their alternatives and the words inside them.</summary>
    public IReadOnlyList<string> Highlight { get; }

    /// <summary>How many concepts the query has (its phrases not counted: they are always required).</summary>
    public int ConceptCount => _concepts.Count;

    /// <summary>True when the query has something to find (a concept or a phrase), not only exclusions.</summary>
    public bool HasPositive => _concepts.Count + _phrases.Count > 0;

    /// <summary>What the query looks for, as typed (its words and phrases, exclusions aside): what the lexical arms rank by.</summary>
    public string Text { get; private set; } = "";

    /// <summary>The character pairs of what the query looks for (its bigrams): what marks a record only the lexical arms found.</summary>
    public IReadOnlyList<string> Pairs => _pairs ??= AnalyzedText.Terms(IndexAnalyzers.Bigrams, IndexFields.Bigrams, Text).Select(t => t.Term).Where(t => t.Length >= 2).Distinct(StringComparer.Ordinal).ToList();

    private IReadOnlyList<string>? _pairs;

    /// <summary>
    /// What the lexical arms also rank by, each with its weight relative to a thesaurus alternative: the thesaurus
    /// alternatives of the query's terms (下水道 → 污水管网, 排水管网; 1), then the reviewed related terms mined from the
    /// corpus (尾矿库 → 重金属; their NPMI × <see cref="Expansion.RelatedShare"/>). Never the user's own words.
    /// </summary>
    public IReadOnlyList<Expansion> Expansions { get; private set; } = [];

    private CompiledQuery(List<string> highlight) => Highlight = highlight;

    /// <summary>Null when the query holds nothing to search for (only punctuation, emoji or stop words).</summary>
    public static CompiledQuery? Build(string query, Thesaurus thesaurus)
    {
        var highlight = new List<string>();
        var compiled = new CompiledQuery(highlight);
        var looked = new List<string>();
        var expansions = new List<Expansion>();
        foreach (var part in UserQuery.Parse(query))
        {
            if (!part.Excluded)
                looked.Add(part.Text);
            if (part.Excluded)
            {
                if (AnalyzedText.Terms(IndexAnalyzers.Bigrams, IndexFields.Bigrams, part.Text).Count > 0)
                    compiled._exclusions.Add(Phrase(part.Text));
                continue;
            }
            if (part.Phrase)
            {
                if (AnalyzedText.Terms(IndexAnalyzers.Bigrams, IndexFields.Bigrams, part.Text).Count > 0)
                {
                    compiled._phrases.Add(Phrase(part.Text));
                    highlight.Add(part.Text);
                }
                continue;
            }
            var matches = thesaurus.FindIn(part.Text);
            expansions.AddRange(Expansion.Of(thesaurus, part.Text, matches));
            foreach (var (concept, marks, fine) in Concepts(part.Text, matches))
            {
                compiled._concepts.Add(concept);
                compiled._keys.Add((marks[0], marks.Count > 1 && thesaurus.Expand(marks[0]).Count > 0));
                compiled._fine.AddRange(fine);
                highlight.AddRange(marks);
            }
        }
        if (!compiled.HasPositive && compiled._exclusions.Count == 0)
            return null;
        highlight.RemoveAll(string.IsNullOrEmpty);
        compiled.Text = string.Join(" ", looked);
        compiled.Expansions = Expansion.Distinct(expansions);
        return compiled;
    }

    /// <summary>The query on <paramref name="fields"/> requiring at least <paramref name="minimumShouldMatch"/> concepts.</summary>
    public Query Ranked(TextFields fields, int minimumShouldMatch)
    {
        var top = new BooleanQuery();
        foreach (var concept in _concepts)
        {
            if (concept(fields) is { } q)
                top.Add(q, Occur.SHOULD);
        }
        AddPhrasesAndExclusions(top, fields);
        if (_concepts.Count > 0)
            top.MinimumNumberShouldMatch = Math.Clamp(minimumShouldMatch, 1, _concepts.Count);
        if (!HasPositive)
            top.Add(new MatchAllDocsQuery(), Occur.MUST);
        return top;
    }

    /// <summary>
    /// A long query (a sentence pasted from a draft) reduced to its key terms: thesaurus terms kept, then the words
    /// rarest in the index (most distinctive; words the index lacks say nothing), at most <see cref="MaxConcepts"/>
    /// concepts in all, in the order typed. A short query comes back as it is.
    /// </summary>
    public CompiledQuery Reduced(Func<string, int> documentFrequency)
    {
        if (_concepts.Count <= MaxConcepts)
            return this;
        var keep = _keys.Select((k, i) => (k, i, Df: k.FromThesaurus ? -1 : documentFrequency(k.Term)))
            .Where(x => x.Df != 0)
            .OrderBy(x => x.Df).ThenBy(x => x.i)
            .Take(MaxConcepts)
            .Select(x => x.i).Order().ToList();
        if (keep.Count == 0)
            return this;
        var reduced = new CompiledQuery(Highlight.ToList()) { Text = Text, Expansions = Expansions };
        foreach (var i in keep)
        {
            reduced._concepts.Add(_concepts[i]);
            reduced._keys.Add(_keys[i]);
        }
        reduced._fine.AddRange(_fine);
        reduced._phrases.AddRange(_phrases);
        reduced._exclusions.AddRange(_exclusions);
        return reduced;
    }

    /// <summary>How many finer concepts the query has: the words inside its long words and terms, each on its own.</summary>
    public int FineConceptCount => _fine.Count;

    /// <summary>
    /// The last resort when too few records match whole concepts: the words inside them (有色金属冶炼 → 有色金属, 冶炼)
    /// each count, at least <paramref name="minimumShouldMatch"/> of them; whole concepts still add to the score.
    /// </summary>
    public Query Fine(TextFields fields, int minimumShouldMatch)
    {
        var fine = new BooleanQuery();
        foreach (var f in _fine)
        {
            if (f(fields) is { } q)
                fine.Add(q, Occur.SHOULD);
        }
        fine.MinimumNumberShouldMatch = Math.Clamp(minimumShouldMatch, 1, Math.Max(1, fine.Clauses.Count));
        var top = new BooleanQuery(disableCoord: true)
        {
            { Ranked(fields, 1), Occur.SHOULD },
            { fine, Occur.SHOULD },
        };
        top.MinimumNumberShouldMatch = 1;
        AddPhrasesAndExclusions(top, fields);
        return top;
    }

    /// <summary>A lexical arm's query under the query's phrases (required) and exclusions (left out).</summary>
    public Query Constrained(Query arm, TextFields fields)
    {
        if (_phrases.Count + _exclusions.Count == 0)
            return arm;
        var top = new BooleanQuery(disableCoord: true) { { arm, Occur.MUST } };
        AddPhrasesAndExclusions(top, fields);
        return top;
    }

    /// <summary>Phrases are required and exclusions left out at every relaxation.</summary>
    private void AddPhrasesAndExclusions(BooleanQuery top, TextFields fields)
    {
        foreach (var phrase in _phrases)
        {
            if (phrase(fields) is { } q)
                top.Add(q, Occur.MUST);
        }
        foreach (var exclusion in _exclusions)
        {
            if (exclusion(fields) is { } q)
                top.Add(q, Occur.MUST_NOT);
        }
    }

    /// <summary>The thesaurus spans found in the text (<paramref name="matches"/>, longest at each position), then each remaining query word.</summary>
    private static IEnumerable<(Func<TextFields, Query?> Query, List<string> Marks, List<Func<TextFields, Query?>> Fine)> Concepts(string text, IReadOnlyList<ThesaurusMatch> matches)
    {
        var cursor = 0;
        foreach (var match in matches)
        {
            // Terms may overlap (烧煤, 煤球): the words between them are their own concepts, none twice.
            foreach (var c in WordConcepts(text[cursor..Math.Max(cursor, match.Start)]))
                yield return c;
            var term = match.Term;
            var alternatives = match.Alternatives.ToList();
            var analyzed = Analyzed.Of(term);
            var analyzedAlternatives = alternatives.Select(Analyzed.Of).ToList();
            var inner = analyzed.Words is [var single] ? InnerWords(single.Term) : [];
            yield return (f =>
            {
                var q = new BooleanQuery(disableCoord: true);
                AddWords(q, analyzed, WordBoost, f);
                AddInner(q, inner, f);
                foreach (var alternative in analyzedAlternatives)
                    AddWords(q, alternative, AlternativeBoost, f);
                AddBigrams(q, analyzed, f);
                return q.Clauses.Count > 0 ? q : null;
            }, [term, .. alternatives, .. inner], FineOf(term, inner));
            cursor = Math.Max(cursor, match.Start + match.Length);
        }
        foreach (var c in WordConcepts(text[cursor..]))
            yield return c;
    }

    /// <summary>The finer concepts of a term: each word inside it (with its bigrams), or the term itself when it has no parts.</summary>
    private static List<Func<TextFields, Query?>> FineOf(string term, List<string> inner)
    {
        var parts = inner.Count >= 2 ? inner : [term];
        return parts.Select(word =>
        {
            var analyzed = Analyzed.Of(word);
            return (Func<TextFields, Query?>)(f =>
            {
                var q = new BooleanQuery(disableCoord: true);
                AddWords(q, analyzed, WordBoost, f);
                AddBigrams(q, analyzed, f);
                return q.Clauses.Count > 0 ? q : null;
            });
        }).ToList();
    }

    private static IEnumerable<(Func<TextFields, Query?> Query, List<string> Marks, List<Func<TextFields, Query?>> Fine)> WordConcepts(string text)
    {
        if (text.Length == 0)
            yield break;
        foreach (var (term, _) in AnalyzedText.Terms(IndexAnalyzers.QueryWords, IndexFields.Words, text))
        {
            var inner = InnerWords(term);
            var analyzed = Analyzed.Of(term);
            yield return (f =>
            {
                var q = new BooleanQuery(disableCoord: true);
                q.Add(Boosted(f.Term(f.Words, term), WordBoost), Occur.SHOULD);
                AddInner(q, inner, f);
                AddBigrams(q, analyzed, f);
                return q;
            }, [term, .. inner], FineOf(term, inner));
        }
    }

    /// <summary>The dictionary words inside a query word (两高项目 → 两高, 项目): a text printed “两高”项目 holds those, not 两高项目.</summary>
    private static List<string> InnerWords(string term) =>
        AnalyzedText.Terms(IndexAnalyzers.IndexWords, IndexFields.Words, term).Skip(1).Select(t => t.Term).Distinct().ToList();

    /// <summary>How far apart the words inside a term may stand in one text and still stand for it.</summary>
    private const int InnerSlop = 3;

    /// <summary>
    /// The inner words, as a weaker alternative to the word itself: in one text near one another (“两高”项目, 边开采、边治理
    /// for 边开采边治理, but not 稀土开采生态保护综合治理); in a problem's whole anywhere in it.
    /// </summary>
    private static void AddInner(BooleanQuery q, List<string> inner, TextFields f)
    {
        if (inner.Count < 2)
            return;
        if (!f.Bag)
        {
            var near = new PhraseQuery { Slop = InnerSlop, Boost = InnerBoost };
            for (var k = 0; k < inner.Count; k++)
                near.Add(new Term(f.Words, inner[k]), k);
            q.Add(near, Occur.SHOULD);
            return;
        }
        var all = new BooleanQuery(disableCoord: true) { Boost = InnerBoost };
        foreach (var word in inner)
            all.Add(f.Term(f.Words, word), Occur.MUST);
        q.Add(all, Occur.SHOULD);
    }

    /// <summary>
    /// Words in order on the words field, or, where the text's words are cut otherwise than the phrase's, every character
    /// pair of the phrase in the record (the bigram fields keep no positions: a record holding each pair, not side by
    /// side, is taken for the phrase — in a measure, and for phrases of two or three characters, the phrase itself).
    /// </summary>
    private static Func<TextFields, Query?> Phrase(string text)
    {
        var words = Analyzed.Of(text);
        var bigrams = words.Bigrams;
        return f =>
        {
            var q = new BooleanQuery(disableCoord: true);
            AddWords(q, words, WordBoost, f);
            if (bigrams.Count > 0)
            {
                var pairs = new BooleanQuery(disableCoord: true);
                foreach (var bigram in bigrams)
                    pairs.Add(f.Term(f.Bigrams, bigram), Occur.MUST);
                q.Add(pairs, Occur.SHOULD);
            }
            return q.Clauses.Count > 0 ? q : null;
        };
    }

    private static void AddWords(BooleanQuery q, string text, float boost, TextFields f) => AddWords(q, Analyzed.Of(text), boost, f);

    private static void AddWords(BooleanQuery q, Analyzed text, float boost, TextFields f)
    {
        if (text.Words.Count == 0)
            return;
        var query = PhraseOf(f.Words, text.Words, f);
        query.Boost = boost;
        q.Add(query, Occur.SHOULD);
    }

    /// <summary>A text analyzed once, when the query is compiled: its query-mode words and its bigrams.</summary>
    private sealed record Analyzed(List<(string Term, int Position)> Words, List<string> Bigrams)
    {
        public static Analyzed Of(string text) => new(
            AnalyzedText.Terms(IndexAnalyzers.QueryWords, IndexFields.Words, text),
            AnalyzedText.Terms(IndexAnalyzers.Bigrams, IndexFields.Bigrams, text).Select(b => b.Term).Distinct().ToList());
    }

    /// <summary>
    /// The term's character bigrams, its first and last required and the middle ones scored: 两高项目 still finds
    /// “两高”项目 (两高 … 项目), but 污水管网 does not find 供水管网 (no 污水).
    /// </summary>
    private static void AddBigrams(BooleanQuery q, Analyzed text, TextFields f)
    {
        var bigrams = text.Bigrams;
        if (bigrams.Count == 0)
            return;
        var b = new BooleanQuery(disableCoord: true) { Boost = BigramBoost };
        for (var i = 0; i < bigrams.Count; i++)
            b.Add(f.Term(f.Bigrams, bigrams[i]), i == 0 || i == bigrams.Count - 1 ? Occur.MUST : Occur.SHOULD);
        q.Add(b, Occur.SHOULD);
    }

    private static TermQuery Boosted(TermQuery q, float boost)
    {
        q.Boost = boost;
        return q;
    }

    private static Query PhraseOf(string field, List<(string Term, int Position)> terms, TextFields f)
    {
        if (terms.Count == 1)
            return f.Term(field, terms[0].Term);
        var phrase = new PhraseQuery();
        foreach (var (term, position) in terms)
            phrase.Add(new Term(field, term), position);
        return phrase;
    }
}
