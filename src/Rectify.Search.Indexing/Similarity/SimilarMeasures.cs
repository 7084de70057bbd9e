using Lucene.Net.Index;
using Lucene.Net.Search;
using Rectify.Search.Indexing.Schema;
using Rectify.Search.Indexing.Searching;

namespace Rectify.Search.Indexing.Similarity;

/// <summary>
/// Finds precedents: measures (or problems) whose content is like a given measure's or a drafted text's, by the
/// project's hybrid machinery: broad lexical rankings (every character, every character bigram, by BM25, the
/// thesaurus's alternatives weighed less) fused by reciprocal rank (<see cref="RankFusion"/>), so that k precedents come
/// back whenever k records share anything with the text, with a fused score from 0 to 1. The text's most distinctive
/// words (tf-idf over the index; numbers, dates, single characters and place names left out, and in a large index the
/// commonest words, see <see cref="MaxPostings"/>) and its rare characters explain each hit (its shared terms). Hits
/// with the same text (up to width, punctuation and spaces) collapse into one. Texts (the asking record's, the hits')
/// are read as <paramref name="texts"/> gives them: the index stores none.
/// </summary>
public sealed class SimilarMeasures(SearchIndex index, RecordTexts texts, Rectify.Search.Analysis.Dictionaries.Thesaurus? thesaurus = null)
{
    private const int MaxTerms = 25, MaxSharedTerms = 8;

    /// <summary>
    /// How many records the asking terms may hold between them. The commonest words (整改, 加强, 污水 in a national
    /// corpus) say least about a measure and cost most to score: they are left out, rarest kept first, once their records
    /// pass this — MoreLikeThis's maxDocFreq, set as a budget so that a small corpus keeps every word. At 20,000 plans
    /// (a million records) this keeps precedents at 97 % of the top ten found with every word, in a tenth of the time.
    /// </summary>
    internal const long MaxPostings = 100_000;

    /// <summary>Precedents for the measure <paramref name="measureId"/>; null when the index has no such measure.</summary>
    public SimilarResult? ForMeasure(string measureId, int k, SimilarScope scope, SimilarUnit unit = SimilarUnit.Measure) =>
        ForRecord(measureId, IndexFields.Kinds.Measure, k, scope, unit);

    /// <summary>Precedents for the problem <paramref name="problemId"/> (its text and target); null when the index has no such problem.</summary>
    public SimilarResult? ForProblem(string problemId, int k, SimilarScope scope, SimilarUnit unit = SimilarUnit.Problem) =>
        ForRecord(problemId, IndexFields.Kinds.Problem, k, scope, unit);

    private SimilarResult? ForRecord(string id, string kind, int k, SimilarScope scope, SimilarUnit unit)
    {
        var searcher = Searcher();
        var top = searcher.Search(new TermQuery(new Term(IndexFields.Id, id)), 1);
        if (top.TotalHits == 0)
            return null;
        var source = searcher.Doc(top.ScoreDocs[0].Doc);
        var (sourceKind, documentId, problemId) = IndexFields.OfId(id);
        if (sourceKind != kind)
            return null;
        var asking = new Asking(id, documentId, source.Get(IndexFields.Province), source.Get(IndexFields.TextHash))
        {
            ProblemId = problemId,
            // A stored record's themes are those the tagger gave it (a measure: its problem's and its own).
            Themes = source.GetValues(IndexFields.Theme),
        };
        return Find(searcher, texts.Text(id, source.Get(IndexFields.PlanVersion)) ?? "", k, scope, asking, unit);
    }

    /// <summary>Precedents for drafted text; <paramref name="province"/> is the drafter's, which other-provinces leaves out.</summary>
    public SimilarResult ForText(string text, int k, SimilarScope scope, string? province, SimilarUnit unit = SimilarUnit.Measure) =>
        Find(Searcher(), text, k, scope, new Asking(null, null, province, null), unit);

    /// <summary>The stored fields a hit needs (a record's region and dates are not read).</summary>
    private static readonly ISet<string> HitFields = new HashSet<string>
    {
        IndexFields.Id, IndexFields.TextHash, IndexFields.PlanVersion,
    };

    /// <summary>
    /// A searcher over the open index ranking by BM25 (the arms' queries disable coordination). A large index has each
    /// ranking's segments searched side by side on the machine's cores (as a search's matches are, see
    /// <see cref="FacetedCollector.SideBySide"/>): the same weight scores every segment and the segments' best are
    /// merged, so the rankings are those of a search one segment after another.
    /// </summary>
    private IndexSearcher Searcher()
    {
        var reader = index.Searcher.IndexReader;
        var searcher = FacetedCollector.SideBySide(reader) ? new IndexSearcher(reader, TaskScheduler.Default) : new IndexSearcher(reader);
        searcher.Similarity = IndexAnalyzers.Similarity;
        return searcher;
    }

    /// <summary>Who asks: a stored measure (id, plan, province, text hash) or a drafter (province only, if given).</summary>
    private sealed record Asking(string? MeasureId, string? DocumentId, string? Province, string? TextHash)
    {
        /// <summary>The asking measure's problem: not its own precedent.</summary>
        public string? ProblemId { get; init; }

        /// <summary>The asking record's themes; null for drafted text, which the tagger reads when asked.</summary>
        public IReadOnlyList<string>? Themes { get; init; }
    }

    /// <summary>
    /// The rankings fused into precedents, each over the same records within the same scope, each by BM25 with OR (a
    /// record sharing anything with the text is a candidate): every character of the asking text and every character
    /// bigram, the thesaurus's alternatives of its terms weighed at <see cref="ExpansionWeight"/>; then the characters'
    /// ranking again, of the records that carry a theme of the text only (a stored record's own themes, a drafted
    /// text's as the tagger reads it: worded alike and about the same subject gets a third vote). Every word of a
    /// drafted text counts — a single character such as 镉, a word the dictionary lacks (猪场, 围垸), a traditional form —
    /// weighed by how rare it is rather than cut to a few. On the judged precedents (tests/Data/eval-own/precedents_*.tsv)
    /// the themed ranking lifted drafted measures 0.927 → 0.943 (problems 0.962 either way). Measures get one more: the
    /// characters' ranking in the order of the problems the measures answer (the problems ranked on their whole by the
    /// same characters), so that a measure of a problem about what the text asks gets a vote though its own words are few
    /// or other (化工园区 in the problem, 卫生防护距离内的居民搬迁 in the measure): blind drafted measures 0.877 → 0.894, the
    /// first set within 0.001; the problems' mirror (problems in the order of their best measures) lowered the blind
    /// problems by 0.04 and is left out. The distinctive words
    /// (tf-idf, MoreLikeThis's way) do not rank: fused in as a further arm they lowered nDCG@10 (measures 0.927 → 0.912,
    /// problems 0.962 → 0.946); they say why a precedent was found (its shared terms).
    /// </summary>
    private static readonly (Lucene.Net.Analysis.Analyzer Analyzer, Func<TextFields, string> Field)[] Arms =
    [
        (IndexAnalyzers.Characters, f => f.Chars),
        (IndexAnalyzers.Bigrams, f => f.Bigrams),
    ];

    private static readonly float[] FusionWeights = [1f, 1f];

    /// <summary>The weight of the characters' ranking among the records on the text's themes.</summary>
    private const float ThemedWeight = 1f;

    /// <summary>
    /// The weight of the characters' ranking of measures in the order of their problems (unit=measure), the problems
    /// ranked on their whole (finding, target, every measure).
    /// </summary>
    private const float ProblemWeight = 1f;

    /// <summary>The weight of a thesaurus alternative's terms in the arms, beside the asking text's own 1.</summary>
    private const float ExpansionWeight = 0.5f;

    private SimilarResult Find(IndexSearcher searcher, string text, int k, SimilarScope scope, Asking asking, SimilarUnit unit)
    {
        var reader = searcher.IndexReader;
        var terms = DistinctiveTerms(reader, text, unit == SimilarUnit.Problem ? IndexFields.AllWords : IndexFields.Words);
        // Kept as bits per segment (the kind of record, and the scope an asker leaves out, asked for again and again), the
        // same for every asker in that scope: the asking record itself is dropped from each ranking after its search (a
        // filter naming it built a bit set over the whole index for every record asked about).
        var within = FilterCache.For(Scope(unit == SimilarUnit.Problem ? IndexFields.Kinds.Problem : IndexFields.Kinds.Measure, scope, asking));
        var itself = unit == SimilarUnit.Problem ? asking.ProblemId : asking.MeasureId;

        // Collapsing can swallow hits, so each ranking is read past k; identical texts are rare enough that 4k + 20 suffices.
        var depth = k * 4 + 20;
        // A problem is compared on its whole (its text, target and measures: what it is answered with), a measure on its text.
        var fields = (unit == SimilarUnit.Problem ? TextFields.WholeProblem : TextFields.Own) with { Terms = TermCache.For(reader) };
        var expansions = Expansions(text);
        var termWeights = terms.ToDictionary(t => t.Term, t => t.Weight, StringComparer.Ordinal);
        var rare = RareCharacters(reader, text, termWeights.Keys);
        // A text with no content word and no rare character (a date, an emoji) has nothing to compare.
        if (terms.Count == 0 && rare.Count == 0)
            return new SimilarResult([], [], []);
        var themes = asking.Themes ?? Core.Enrichment.Themes.ThemeTagger.Default.TagText(text).Select(t => t.ThemeId).ToList();
        // Numbers say when or how much, not what: 2021年12月 finds nothing by its digits. An arm that cannot run (no term
        // of the text in the index) is left out of the fusion, so its score is read against what the rankings that ran
        // could give.
        var rankings = new List<IReadOnlyList<int>>();
        var weights = new List<float>();
        List<int>? characters = null;
        LexicalArm? characterTerms = null;
        var ids = new RecordIdReader(reader);
        string Id(int doc) => ids.Id(doc);
        for (var a = 0; a < Arms.Length; a++)
        {
            var (analyzer, field) = Arms[a];
            if (LexicalArm.Of(analyzer, field(fields), text, expansions, ExpansionWeight, term => !char.IsDigit(term[0])) is not { } lexical
                || lexical.Query(reader, fields) is not { } arm)
                continue;
            var ranking = RankFusion.Ranking(searcher.Search(arm, within, depth + 1), Id).Where(doc => itself is null || Id(doc) != itself).Take(depth).ToList();
            if (analyzer == IndexAnalyzers.Characters)
                (characters, characterTerms) = (ranking, lexical);
            rankings.Add(ranking);
            weights.Add(FusionWeights[a]);
        }
        // The characters' ranking again, of the records on the text's themes only: worded alike and about the same subject.
        if (characters is not null && themes.Count > 0)
        {
            rankings.Add(RankFusion.OnThemes(reader, characters, themes));
            weights.Add(ThemedWeight);
        }
        // The characters' ranking again, in the order of the problems its measures answer: a measure of a problem about
        // what the text is about gets a further vote, though its own words are few or other. An asking measure's own
        // problem holds its text and is left out (its siblings are not voted for by being siblings).
        if (unit == SimilarUnit.Measure && characters is not null
            && characterTerms?.On(TextFields.WholeProblem.Chars).Query(reader, TextFields.WholeProblem with { Terms = fields.Terms }) is { } problemArm)
        {
            // Only the problems of the measures ranked are scored (their scores are those a search of every problem gives,
            // from the index's statistics): at 20,000 plans, a search of every problem in scope cost a precedent a third
            // of its time. Only problems hold the whole field, so the problem id's filter matches their records alone.
            var problemOf = characters.ToDictionary(doc => doc, doc => IndexFields.OfId(Id(doc)).ProblemId);
            var ranked = problemOf.Values.OfType<string>().Where(id => id != asking.ProblemId).Distinct(StringComparer.Ordinal).ToList();
            if (ranked.Count > 0)
            {
                var ofRanked = new Lucene.Net.Queries.TermsFilter(IndexFields.ProblemId, ranked.Select(id => new Lucene.Net.Util.BytesRef(id)).ToArray());
                var problems = RankFusion.Ranking(searcher.Search(problemArm, ofRanked, ranked.Count), Id).Select(Id).ToList();
                rankings.Add(RankFusion.ByGroup(characters, problems, doc => problemOf[doc]));
                weights.Add(ProblemWeight);
            }
        }
        // As deep as each ranking was read: past that, collapsing has what it needs.
        var fused = RankFusion.Fuse(rankings, weights.ToArray()).OrderByDescending(x => x.Score).ThenBy(x => Id(x.Doc), StringComparer.Ordinal).Take(depth);

        var hits = new List<SimilarHit>();
        var byHash = new Dictionary<string, int>(StringComparer.Ordinal);
        var copies = new List<string>();
        foreach (var (docNumber, _, score) in fused)
        {
            var doc = searcher.Doc(docNumber, HitFields);
            var id = doc.Get(IndexFields.Id);
            var hash = doc.Get(IndexFields.TextHash);
            var (_, documentId, problemId) = IndexFields.OfId(id);
            if (hash == asking.TextHash && documentId == asking.DocumentId)
            {
                copies.Add(id);
                continue;
            }
            if (byHash.TryGetValue(hash, out var first))
            {
                hits[first] = hits[first] with { SameTextIds = [.. hits[first].SameTextIds, id] };
                continue;
            }
            if (hits.Count == k)
                continue;
            byHash[hash] = hits.Count;
            var version = doc.Get(IndexFields.PlanVersion) ?? "";
            var hitText = texts.Text(id, version) ?? "";
            hits.Add(new SimilarHit(id, documentId, problemId ?? "", score,
                SharedTerms(hitText, termWeights, rare), []) { PlanVersion = version });
        }
        return new SimilarResult(hits, terms, copies);
    }

    /// <summary>
    /// The records of <paramref name="kind"/> an asker may be answered with: not its province or plan when the scope
    /// leaves them out (the asking record itself is dropped from the rankings, not by this filter, which every asker of
    /// a province shares).
    /// </summary>
    private static BooleanQuery Scope(string kind, SimilarScope scope, Asking asking)
    {
        var filter = new BooleanQuery { { new TermQuery(new Term(IndexFields.Kind, kind)), Occur.MUST } };
        if (scope == SimilarScope.OtherProvinces && asking.Province is not null)
            filter.Add(new TermQuery(new Term(IndexFields.Province, asking.Province)), Occur.MUST_NOT);
        if (scope == SimilarScope.OtherDocuments && asking.DocumentId is not null)
            filter.Add(new TermQuery(new Term(IndexFields.DocumentId, asking.DocumentId)), Occur.MUST_NOT);
        return filter;
    }

    /// <summary>
    /// The thesaurus's alternatives of the terms in <paramref name="text"/> (猪场 → 养猪场, 畜禽养殖): the arms rank by
    /// them too, weighed less. Not the mined related terms a search takes: a drafted text holds enough words of its own,
    /// and on the judged precedents they cost 0.009 (measures) and 0.012 (problems) of nDCG@10, even as boosts only.
    /// </summary>
    private IReadOnlyList<Expansion> Expansions(string text) =>
        thesaurus is null ? [] : Expansion.Distinct(Expansion.Of(thesaurus, text, thesaurus.FindIn(text), related: false));

    /// <summary>
    /// The asking text's characters rare enough to say something on their own (镉, 铊, 猪: in at most
    /// <see cref="RareCharacterShare"/> of the records) and not inside one of its weighted words: they explain a
    /// precedent the words alone do not.
    /// </summary>
    private static List<string> RareCharacters(IndexReader reader, string text, IEnumerable<string> words)
    {
        var within = string.Concat(words);
        var limit = Math.Max(1, reader.NumDocs * RareCharacterShare);
        return AnalyzedText.Terms(IndexAnalyzers.Characters, IndexFields.Chars, text).Select(t => t.Term)
            .Where(c => c.Length == 1 && c[0] >= '\u2E80' && !within.Contains(c, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Where(c => reader.DocFreq(new Term(IndexFields.Chars, c)) is var df && df > 0 && df <= limit)
            .ToList();
    }

    /// <summary>A character in at most this share of the records is rare enough to name as shared.</summary>
    private const double RareCharacterShare = 0.02;

    /// <summary>
    /// The text's terms weighted by tf-idf over the records compared (<paramref name="field"/>: measures' words, or
    /// problems' whole), heaviest first, at most <see cref="MaxTerms"/>, and among those the rarest while the records
    /// holding them add up to at most <paramref name="maxPostings"/> (the rarest always).
    /// </summary>
    internal static List<WeightedTerm> DistinctiveTerms(IndexReader reader, string text, string field = IndexFields.Words, long maxPostings = MaxPostings)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in WholeWords(text))
        {
            if (IsContent(term))
                counts[term] = counts.GetValueOrDefault(term) + 1;
        }
        var documents = Math.Max(reader.GetDocCount(field), 1);
        var weighted = counts
            .Select(c => (c.Key, c.Value, Df: reader.DocFreq(new Term(field, c.Key))))
            .Where(c => c.Df > 0)
            .Select(c => (Term: new WeightedTerm(c.Key, c.Value * (float)Math.Log(1 + (documents - c.Df + 0.5) / (c.Df + 0.5))), c.Df))
            .OrderByDescending(t => t.Term.Weight).ThenBy(t => t.Term.Term, StringComparer.Ordinal)
            .Take(MaxTerms)
            .ToList();
        var kept = new HashSet<string>(StringComparer.Ordinal);
        long postings = 0;
        foreach (var (term, df) in weighted.OrderBy(t => t.Df).ThenBy(t => t.Term.Term, StringComparer.Ordinal))
        {
            if (kept.Count > 0 && postings + df > maxPostings)
                break;
            postings += df;
            kept.Add(term.Term);
        }
        return weighted.Where(t => kept.Contains(t.Term.Term)).Select(t => t.Term).ToList();
    }

    /// <summary>
    /// The text's words as a reader sees them: each coarse word, and the dictionary words that begin or end it
    /// (污水管网 → 污水管网, 污水, 管网) — never a fragment from its middle (水管) or across two words (水集).
    /// </summary>
    public static IEnumerable<string> WholeWords(string text)
    {
        foreach (var (word, _) in AnalyzedText.Terms(IndexAnalyzers.QueryWords, IndexFields.Words, text))
        {
            yield return word;
            foreach (var (inner, _) in AnalyzedText.Terms(IndexAnalyzers.IndexWords, IndexFields.Words, word).Skip(1))
            {
                if (inner != word && (word.StartsWith(inner, StringComparison.Ordinal) || word.EndsWith(inner, StringComparison.Ordinal)))
                    yield return inner;
            }
        }
    }

    /// <summary>The words of <paramref name="text"/> that say what it is about (<see cref="WholeWords"/>, content only), as related terms are mined from.</summary>
    public static IEnumerable<string> ContentWords(string text) => WholeWords(text).Where(IsContent);

    /// <summary>Words that say what a measure does: not numbers or dates, not single Chinese characters, not place names (they say where).</summary>
    private static bool IsContent(string term) =>
        term.Length > 0 && !char.IsDigit(term[0]) && (term.Length > 1 || term[0] < '\u2E80') && Core.Regions.Gazetteer.Default.ByName(term).Count == 0;

    /// <summary>
    /// The asking text's terms found in <paramref name="text"/>, heaviest first (a term inside a longer shared term is
    /// not repeated), then its rare characters the text holds.
    /// </summary>
    private static List<string> SharedTerms(string text, Dictionary<string, float> weights, IReadOnlyList<string> rare)
    {
        var present = WholeWords(text).Where(weights.ContainsKey).Distinct(StringComparer.Ordinal).ToList();
        var normalized = Core.Text.TextNormalizer.Default.Normalize(text);
        return present
            .Where(t => !present.Any(o => o.Length > t.Length && o.Contains(t, StringComparison.Ordinal)))
            .OrderByDescending(t => weights[t]).ThenBy(t => t, StringComparer.Ordinal)
            .Concat(rare.Where(c => normalized.Contains(c, StringComparison.Ordinal) && !present.Any(w => w.Contains(c, StringComparison.Ordinal))))
            .Take(MaxSharedTerms)
            .ToList();
    }
}
