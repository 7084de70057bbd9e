using Lucene.Net.Index;
using Lucene.Net.Search;
using Rectify.Search.Indexing.Schema;
using Rectify.Search.Indexing.Searching;

namespace Rectify.Search.Indexing.Similarity;

/// <summary>
/// Finds precedents: measures (or problems) whose content is like a given measure's or a drafted text's. The asking text
/// is cut by the index analyzer (words and the words inside them), reduced to its most distinctive terms by tf-idf
/// over the index (numbers, dates and single characters left out: they say when, not what; in a large index the
/// commonest words too, see <see cref="MaxPostings"/>), and matched against
/// the words field with each term boosted by its weight, as MoreLikeThis does. Hits with the same text (up to
/// width, punctuation and spaces) collapse into one, and each hit names the terms it shares with the asking text.
/// </summary>
public sealed class SimilarMeasures(SearchIndex index)
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
        if (source.Get(IndexFields.Kind) != kind)
            return null;
        var asking = new Asking(id, source.Get(IndexFields.DocumentId), source.Get(IndexFields.Province), source.Get(IndexFields.TextHash))
        {
            ProblemId = source.Get(IndexFields.ProblemId),
        };
        return Find(searcher, source.Get(IndexFields.Text) ?? "", k, scope, asking, unit);
    }

    /// <summary>Precedents for drafted text; <paramref name="province"/> is the drafter's, which other-provinces leaves out.</summary>
    public SimilarResult ForText(string text, int k, SimilarScope scope, string? province, SimilarUnit unit = SimilarUnit.Measure) =>
        Find(Searcher(), text, k, scope, new Asking(null, null, province, null), unit);

    /// <summary>
    /// Precedents are scored as MoreLikeThis scores them, by tf-idf over the weighted terms (Lucene's classic
    /// similarity; the index's norms serve both), not by the search's BM25 with coordination.
    /// </summary>
    private IndexSearcher Searcher() => new(index.Searcher.IndexReader) { Similarity = new Lucene.Net.Search.Similarities.DefaultSimilarity() };

    /// <summary>Who asks: a stored measure (id, plan, province, text hash) or a drafter (province only, if given).</summary>
    private sealed record Asking(string? MeasureId, string? DocumentId, string? Province, string? TextHash)
    {
        /// <summary>The asking measure's problem: not its own precedent.</summary>
        public string? ProblemId { get; init; }
    }

    private static SimilarResult Find(IndexSearcher searcher, string text, int k, SimilarScope scope, Asking asking, SimilarUnit unit)
    {
        var terms = DistinctiveTerms(searcher.IndexReader, text);
        if (terms.Count == 0)
            return new SimilarResult([], [], []);

        var like = new BooleanQuery();
        foreach (var t in terms)
            like.Add(new TermQuery(new Term(IndexFields.Words, t.Term)) { Boost = t.Weight / terms[0].Weight }, Occur.SHOULD);
        like.MinimumNumberShouldMatch = terms.Count >= 4 ? 2 : 1;

        var kind = unit == SimilarUnit.Problem ? IndexFields.Kinds.Problem : IndexFields.Kinds.Measure;
        var filter = new BooleanQuery { { new TermQuery(new Term(IndexFields.Kind, kind)), Occur.MUST } };
        if (asking.MeasureId is not null)
            filter.Add(new TermQuery(new Term(IndexFields.Id, asking.MeasureId)), Occur.MUST_NOT);
        if (unit == SimilarUnit.Problem && asking.ProblemId is not null)
            filter.Add(new TermQuery(new Term(IndexFields.Id, asking.ProblemId)), Occur.MUST_NOT);
        if (scope == SimilarScope.OtherProvinces && asking.Province is not null)
            filter.Add(new TermQuery(new Term(IndexFields.Province, asking.Province)), Occur.MUST_NOT);
        if (scope == SimilarScope.OtherDocuments && asking.DocumentId is not null)
            filter.Add(new TermQuery(new Term(IndexFields.DocumentId, asking.DocumentId)), Occur.MUST_NOT);

        // Collapsing can swallow hits, so read past k; identical texts are rare enough that 4k + 20 suffices.
        var found = searcher.Search(like, new QueryWrapperFilter(filter), k * 4 + 20);
        var weights = terms.ToDictionary(t => t.Term, t => t.Weight, StringComparer.Ordinal);
        var hits = new List<SimilarHit>();
        var byHash = new Dictionary<string, int>(StringComparer.Ordinal);
        var copies = new List<string>();
        foreach (var scored in found.ScoreDocs)
        {
            var doc = searcher.Doc(scored.Doc);
            var id = doc.Get(IndexFields.Id);
            var hash = doc.Get(IndexFields.TextHash);
            if (hash == asking.TextHash && doc.Get(IndexFields.DocumentId) == asking.DocumentId)
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
            hits.Add(new SimilarHit(id, doc.Get(IndexFields.DocumentId), doc.Get(IndexFields.ProblemId), scored.Score,
                SharedTerms(doc.Get(IndexFields.Text) ?? "", weights), []) { PlanVersion = doc.Get(IndexFields.PlanVersion) ?? "" });
        }
        return new SimilarResult(hits, terms, copies);
    }

    /// <summary>
    /// The text's terms weighted by tf-idf, heaviest first, at most <see cref="MaxTerms"/>, and among those the rarest
    /// while the records holding them add up to at most <paramref name="maxPostings"/> (the rarest always).
    /// </summary>
    internal static List<WeightedTerm> DistinctiveTerms(IndexReader reader, string text, long maxPostings = MaxPostings)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in WholeWords(text))
        {
            if (IsContent(term))
                counts[term] = counts.GetValueOrDefault(term) + 1;
        }
        var documents = Math.Max(reader.NumDocs, 1);
        var weighted = counts
            .Select(c => (c.Key, c.Value, Df: reader.DocFreq(new Term(IndexFields.Words, c.Key))))
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

    /// <summary>Words that say what a measure does: not numbers or dates, not single Chinese characters, not place names (they say where).</summary>
    private static bool IsContent(string term) =>
        term.Length > 0 && !char.IsDigit(term[0]) && (term.Length > 1 || term[0] < '\u2E80') && Core.Regions.Gazetteer.Default.ByName(term).Count == 0;

    /// <summary>The asking text's terms found in <paramref name="text"/>; a term inside a longer shared term is not repeated.</summary>
    private static List<string> SharedTerms(string text, Dictionary<string, float> weights)
    {
        var present = WholeWords(text).Where(weights.ContainsKey).Distinct(StringComparer.Ordinal).ToList();
        return present
            .Where(t => !present.Any(o => o.Length > t.Length && o.Contains(t, StringComparison.Ordinal)))
            .OrderByDescending(t => weights[t]).ThenBy(t => t, StringComparer.Ordinal)
            .Take(MaxSharedTerms)
            .ToList();
    }
}
