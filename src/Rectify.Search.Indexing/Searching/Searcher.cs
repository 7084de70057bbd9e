using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Rectify.Search.Analysis.Dictionaries;
using Rectify.Search.Core.Enrichment.Themes;
using Rectify.Search.Core.Model;
using Rectify.Search.Indexing.Schema;

namespace Rectify.Search.Indexing.Searching;

/// <summary>
/// Runs searches: compiles the user query, applies filters, ranks, counts facets, pages and highlights. Problems are
/// ranked on their whole (text, target and measures), measures on their own text, by BM25 with coordination: a record
/// matching more of the query's concepts ranks higher. The query first requires every concept; while that finds fewer
/// than a page of records it requires fewer (see <see cref="Relaxations"/>), so a query always answers with what
/// matches most of it, and says whether its first results match every concept (<see cref="SearchResult.Matched"/>).
/// A page's passages are marked in the records' texts as <paramref name="texts"/> gives them (the index stores none).
/// </summary>
public sealed class Searcher(SearchIndex index, Thesaurus thesaurus, RecordTexts texts)
{
    private const int MeasuresPerProblem = 3;

    /// <summary>The requirement relaxes while fewer records than this match.</summary>
    private const int EnoughResults = 10;

    /// <summary>Runs <paramref name="request"/>; a query with nothing searchable and no filter returns null.</summary>
    public SearchResult? Search(SearchRequest request)
    {
        var watch = Stopwatch.StartNew();
        CompiledQuery? compiled = null;
        if (!string.IsNullOrWhiteSpace(request.Query))
        {
            compiled = CompiledQuery.Build(request.Query, thesaurus);
            if (compiled is null && !HasFilter(request))
                return null;
        }
        var measures = request.Unit == SearchUnit.Measure;
        var searcher = index.Searcher;
        var fields = (measures ? TextFields.Own : TextFields.WholeProblem) with { Terms = TermCache.For(searcher.IndexReader) };
        var filter = FilterCache.For(Filter(request));
        // A pasted sentence keeps its most distinctive words: each is weighed by how many problems it appears in.
        compiled = compiled?.Reduced(word =>
            AnalyzedText.Terms(IndexAnalyzers.QueryWords, IndexFields.Words, word).Select(t => searcher.IndexReader.DocFreq(new Term(IndexFields.AllWords, t.Term))).DefaultIfEmpty(0).Min());
        // Problems are counted by their own themes, measures by theirs (their problem's and their own), both as "theme".
        var themeField = measures ? IndexFields.Theme : IndexFields.ProblemTheme;
        // Each facet costs a doc-values lookup per hit: the finer ones (city, county, department, years) only when asked.
        string[] facetFields = request.AllFacets
            ? [themeField, IndexFields.Province, IndexFields.City, IndexFields.County, IndexFields.Level, IndexFields.Department, IndexFields.YearFacet, IndexFields.DeadlineYear, IndexFields.Place]
            : [themeField, IndexFields.Province, IndexFields.Level];

        var collector = Match(searcher, compiled, fields, filter, facetFields, out var matched, out var fullMatches);

        // Only the page (the fusion's window: the concepts' first hundred) is ordered by record id among equal scores,
        // and only those records' ids are read.
        var reader = searcher.IndexReader;
        var ids = new RecordIdReader(reader);
        string Id(int doc) => ids.Id(doc);
        var (skip, take) = ((request.Page - 1) * request.PageSize, request.PageSize);
        var window = compiled is { HasPositive: true }
            ? Fused(searcher, compiled, fields, filter, collector, admitArms: request.Fill && fullMatches < EnoughResults, themed: measures, skip, take, Id, ids.Ordinal)
            : collector.Window(skip, take, Id, ids.Ordinal);

        var highlight = compiled?.Highlight ?? [];
        var records = new Dictionary<int, StoredRecord>();
        StoredRecord Record(int doc) => records.TryGetValue(doc, out var r) ? r : records[doc] = Stored(searcher, doc, texts);
        var counted = collector.Facets();
        var facets = facetFields.ToDictionary(
            f => f == themeField ? IndexFields.Theme : f,
            f => (IReadOnlyList<FacetCount>)counted[f].Select(c => new FacetCount(c.Key, c.Value))
                .OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal).ToList());

        var shown = window.Select(h => new CollectedHit(h.Doc, h.Score, Id(h.Doc), [])).ToList();
        var measureHits = measures ? []
            : compiled is not null ? BestMeasures(searcher, compiled, shown.Select(h => h.Id).ToList(), fields.Terms)
            : request.Themes is { Count: > 0 } themes ? ThemeMeasures(searcher, themes, shown.Select(h => h.Id).ToList())
            : [];
        var page = shown.Select(h =>
        {
            var s = Record(h.Doc);
            if (measures)
            {
                var marked = Highlighter.Highlight(s.Text, highlight);
                if (!marked.Any(Highlighter.HasMark) && compiled is not null)
                    marked = Highlighter.Highlight(s.Text, compiled.Pairs);
                return new SearchHit(s.Id, s.DocumentId, s.ProblemId ?? "", h.Score, marked, []) { PlanVersion = s.PlanVersion };
            }
            var best = measureHits.GetValueOrDefault(h.Id) ?? [];
            var measureRows = best.Select(m => (Hit: m, Stored: Record(m.Doc)))
                .Select(x => new RecordHit(x.Stored.Id, x.Stored.Kind, x.Stored.DocumentId, x.Stored.ProblemId, x.Hit.Score, Highlighter.Highlight(x.Stored.Text, highlight)) { PlanVersion = x.Stored.PlanVersion })
                .ToList();
            // The row's passage marks what matched: the problem's own sentences, or, when only its measures matched, the best measure's.
            var highlights = Highlighter.Highlight(s.Text, highlight);
            if (!highlights.Any(Highlighter.HasMark) && measureRows.FirstOrDefault(m => m.Highlights.Any(Highlighter.HasMark)) is { } measure)
                highlights = measure.Highlights;
            // A problem only the lexical arms found is marked where it shares the query's character pairs.
            if (!highlights.Any(Highlighter.HasMark) && compiled is not null)
                highlights = Highlighter.Highlight(s.Text, compiled.Pairs);
            return new SearchHit(s.Id, s.DocumentId, s.Id, h.Score, highlights, measureRows) { PlanVersion = s.PlanVersion };
        }).ToList();
        return new SearchResult(collector.Count, page, facets, watch.Elapsed) { Matched = matched, FullMatches = fullMatches };
    }

    /// <summary>
    /// The matches of the query (or of the filter alone): every concept first; when that finds too few, any concept
    /// (coordination ranks those matching more first); when even that finds too few, the words inside the concepts.
    /// </summary>
    private static FacetedCollector Match(IndexSearcher searcher, CompiledQuery? compiled, TextFields fields, Filter filter, string[] facetFields,
        out string? matched, out int? fullMatches)
    {
        matched = null;
        fullMatches = null;
        if (compiled is null)
            return FacetedCollector.Collect(searcher, new MatchAllDocsQuery(), filter, facetFields);
        FacetedCollector? collector = null;
        foreach (var (query, fine) in Relaxations(compiled, fields))
        {
            // A measure is one short text: the words inside a long term, scattered in it, rarely make it relevant, so
            // measures relax to them only when nothing matches a whole term. A problem's whole is a bag of texts.
            if (fine && !fields.Bag && collector?.Count > 0)
                break;
            collector = FacetedCollector.Collect(searcher, query, filter, facetFields);
            matched ??= collector.Count > 0 ? "all" : "partial";
            fullMatches ??= collector.Count;
            if (collector.Count >= EnoughResults)
                break;
        }
        // Relaxations always begin with the query that requires every concept.
        return collector!;
    }

    /// <summary>
    /// The arms fused with the concept ranking, as (analyzer, how much of the text a record must share to be found by
    /// the arm alone): single characters, at least a quarter of them; character bigrams, at least a third. The shares keep
    /// a record sharing one common character out of the arm, not out of reach of a query in other words (at half the
    /// characters, 挖矿把山挖坏了没人修 found six problems).
    /// </summary>
    private static readonly (Lucene.Net.Analysis.Analyzer Analyzer, Func<TextFields, string> Field, double Share)[] Arms =
    [
        (IndexAnalyzers.Characters, f => f.Chars, 0.25),
        (IndexAnalyzers.Bigrams, f => f.Bigrams, 1.0 / 3),
    ];

    /// <summary>The weight of each ranking in the fusion: the concept ranking's, the arms' in order, then the themed one's.</summary>
    private static readonly float[] FusionWeights = [1f, 1f, 1f, 1f];

    /// <summary>The weight of a thesaurus alternative's terms in the arms, beside the user's own words' 1.</summary>
    private const float ExpansionWeight = 0.5f;

    /// <summary>
    /// How deep the rankings are fused (deeper when a later page is asked): the arms rerank the concepts' first this many
    /// records, or read this many of their own. At least <see cref="EnoughResults"/>, so that when the concepts find
    /// fewer than a page the window holds them all.
    /// </summary>
    private const int RerankDepth = 100;

    /// <summary>
    /// The hybrid ranking's page: the concept ranking (<paramref name="concepts"/>, the relaxation that answered) fused
    /// by reciprocal rank (<see cref="RankFusion"/>) with broad lexical arms run on the same index — BM25 over single
    /// characters and over character bigrams, OR — so that a query in other words than the plans' still finds what a
    /// plain character match would, and a keyword query keeps the concepts' precision. The concepts (with their
    /// relaxations) say what the results are. When fewer than a page of records match every concept
    /// (<paramref name="admitArms"/>: 煤改电 finds one problem where three speak of heating with coal; 饮用水水源地规范化建设
    /// one, the relaxations the rest by any one of its words), the arms search the whole index and what they find joins
    /// the results (their count and facets): what both arms found, or anything while the concepts' relaxations found
    /// fewer than a page — a record sharing a quarter of the characters and none of the bigrams does not enter a list that is
    /// already full (测土配方施肥 kept 山西省 out of its facets). On the judged sets, admitting them there rather than only
    /// when even the relaxations find fewer than a page lifted keywords 0.975 → 0.980 and paraphrases 0.947 → 0.960
    /// (tests/Data/eval, R@10 0.943 → 0.974 and 0.917 → 0.979), and cost the project's own problem set 0.002 (0.974 → 0.972).
    /// Otherwise — every concept matched by a page of records or more, as most queries over a national corpus are — the
    /// arms rerank the concept ranking's first <see cref="RerankDepth"/> records (or as many as the page needs), searched
    /// among those alone: 污水管网 never lists 供水管网 for sharing three of its characters, and a query matching 30,000
    /// records does not walk the postings of its commonest characters (searched over the whole index for every query, the
    /// arms put search over HTTP at 20,000 plans at p50 15.9 / p99 83 ms, against 9.3 / 33). The window holds every record
    /// the concepts found up to that depth, so no record below it can reach the page: at least that many score above it.
    /// Measures (<paramref name="themed"/>) get a fourth vote, as precedents do: the characters' ranking again, of the
    /// measures on the query's themes as the tagger reads it (a measure is one action on one subject; a query typed in the
    /// plans' words names it). On the judged measures it lifted 0.982 → 0.996 (three queries, none lower); for problems,
    /// whose themes are a finding's several subjects and whose paraphrased queries the tagger misreads, it lowered the
    /// paraphrase sets (held out 0.877 → 0.871), so problems are not themed.
    /// </summary>
    private static IReadOnlyList<(int Doc, float Score)> Fused(IndexSearcher searcher, CompiledQuery compiled, TextFields fields, Filter filter,
        FacetedCollector concepts, bool admitArms, bool themed, int skip, int take, Func<int, string> id, Func<int, (int Segment, long Ordinal)> order)
    {
        var reader = searcher.IndexReader;
        var depth = Math.Max(RerankDepth, skip + take);
        var top = concepts.Window(0, depth, id, order);
        var conceptScore = top.ToDictionary(t => t.Doc, t => t.Score);
        var rankings = new List<IReadOnlyList<int>> { top.Select(t => t.Doc).ToList() };
        // Reranking visits the window's records only: the filter leads, each arm's terms are advanced to its records.
        var window = admitArms ? null : new DocSetFilter(rankings[0]);
        foreach (var (analyzer, field, share) in Arms)
        {
            if (LexicalArm.Of(analyzer, field(fields), compiled.Text, compiled.Expansions, ExpansionWeight)?.Query(reader, fields, share) is not { } arm)
            {
                rankings.Add([]);
                continue;
            }
            var query = compiled.Constrained(arm, fields);
            var found = window is null
                ? searcher.Search(query, filter, depth)
                : searcher.Search(new FilteredQuery(query, window, FilteredQuery.LEAP_FROG_FILTER_FIRST_STRATEGY), depth);
            rankings.Add(RankFusion.Ranking(found, id));
        }
        // Measures: the characters' ranking again, of the measures on the query's themes only (as precedents are ranked).
        if (themed && rankings[1].Count > 0 && ThemeTagger.Default.TagText(compiled.Text) is { Count: > 0 } tags)
            rankings.Add(RankFusion.OnThemes(reader, rankings[1], tags.Select(t => t.ThemeId).ToList()));
        // What only the arms found (when they searched the whole index) joins the results: what both found, or, while
        // the concepts' relaxations found fewer than a page, anything.
        var fill = concepts.Count < EnoughResults;
        var fused = RankFusion.Fuse(rankings, FusionWeights.AsSpan(0, rankings.Count)).Where(f => f.Ranks[0] > 0 || fill || (f.Ranks[1] > 0 && f.Ranks[2] > 0)).ToList();
        var armsOnly = fused.Where(f => f.Ranks[0] == 0).Select(f => (f.Doc, 0f)).ToList();
        if (armsOnly.Count > 0)
            concepts.AddFound(reader, armsOnly);
        return fused
            .OrderByDescending(h => h.Score).ThenByDescending(h => conceptScore.GetValueOrDefault(h.Doc, float.NegativeInfinity)).ThenBy(h => id(h.Doc), StringComparer.Ordinal)
            .Skip(skip).Take(take)
            .Select(h => (h.Doc, h.Score))
            .ToList();
    }

    /// <summary>
    /// The queries tried in turn until one finds a page of records: every concept, any one, then half and any of the
    /// words inside them. One search for most queries, at most four, however long the query.
    /// </summary>
    private static IEnumerable<(Query Query, bool Fine)> Relaxations(CompiledQuery compiled, TextFields fields)
    {
        var n = compiled.ConceptCount;
        yield return (compiled.Ranked(fields, n), false);
        if (n >= 2)
            yield return (compiled.Ranked(fields, 1), false);
        var fine = compiled.FineConceptCount;
        if (fine > n && fine >= 3)
            yield return (compiled.Fine(fields, (fine + 1) / 2), true);
        if (fine > n)
            yield return (compiled.Fine(fields, 1), true);
    }

    /// <summary>
    /// The best few matching measures of each shown problem, each measure scored on its own text. The records carrying
    /// the shown problems' ids are those problems and their measures; the problems themselves are left out.
    /// </summary>
    private static Dictionary<string, List<CollectedHit>> BestMeasures(IndexSearcher searcher, CompiledQuery compiled, IReadOnlyList<string> problemIds, TermCache? terms)
    {
        if (problemIds.Count == 0 || !compiled.HasPositive)
            return [];
        var ofShown = new Lucene.Net.Queries.TermsFilter(IndexFields.ProblemId, problemIds.Select(id => new Lucene.Net.Util.BytesRef(id)).ToArray());
        var collector = new AllHitsCollector([]);
        searcher.Search(compiled.Ranked(TextFields.Own with { Terms = terms }, 1), ofShown, collector);
        return collector.Hits.Where(h => h.Id != h.ProblemId).GroupBy(h => h.ProblemId ?? "")
            .ToDictionary(g => g.Key, g => g.OrderByDescending(h => h.Score).ThenBy(h => h.Id, StringComparer.Ordinal).Take(MeasuresPerProblem).ToList());
    }

    /// <summary>
    /// A theme without words: each shown problem's measures on the theme (by their own text or their problem's), in
    /// the plan's order, so that the problem comes with how it is answered.
    /// </summary>
    private static Dictionary<string, List<CollectedHit>> ThemeMeasures(IndexSearcher searcher, IReadOnlyList<string> themes, IReadOnlyList<string> problemIds)
    {
        if (problemIds.Count == 0)
            return [];
        var ofShown = new Lucene.Net.Queries.TermsFilter(IndexFields.ProblemId, problemIds.Select(id => new Lucene.Net.Util.BytesRef(id)).ToArray());
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(IndexFields.Kind, IndexFields.Kinds.Measure)), Occur.MUST },
            { Any(IndexFields.Theme, themes), Occur.MUST },
        };
        var collector = new AllHitsCollector([]);
        searcher.Search(new ConstantScoreQuery(query), ofShown, collector);
        return collector.Hits.Where(h => h.Id != h.ProblemId).GroupBy(h => h.ProblemId ?? "")
            .ToDictionary(g => g.Key, g => g.OrderBy(h => Core.Model.RecordIds.TryParse(h.Id, out _, out _, out var m) ? m ?? 0 : int.MaxValue).ThenBy(h => h.Id, StringComparer.Ordinal).Take(MeasuresPerProblem).ToList());
    }

    private static bool HasFilter(SearchRequest r) =>
        r.Themes is { Count: > 0 } || r.Departments is { Count: > 0 } || r.Places is { Count: > 0 } || r.Province is not null || r.City is not null || r.County is not null || r.Level is not null
        || r.DocumentId is not null || r.YearFrom is not null || r.YearTo is not null || r.DeadlineFrom is not null || r.DeadlineTo is not null;

    private static Query Filter(SearchRequest r)
    {
        var filter = new BooleanQuery();
        filter.Add(new TermQuery(new Term(IndexFields.Kind, r.Unit == SearchUnit.Measure ? IndexFields.Kinds.Measure : IndexFields.Kinds.Problem)), Occur.MUST);
        Must(filter, IndexFields.Province, r.Province);
        Must(filter, IndexFields.City, r.City);
        Must(filter, IndexFields.County, r.County);
        Must(filter, IndexFields.Level, r.Level?.Wire());
        Must(filter, IndexFields.DocumentId, r.DocumentId);
        if (r.Themes is { Count: > 0 } themes)
            filter.Add(Any(r.Unit == SearchUnit.Measure ? IndexFields.Theme : IndexFields.ProblemTheme, themes), Occur.MUST);
        if (r.Departments is { Count: > 0 } departments)
            filter.Add(Any(IndexFields.Department, departments), Occur.MUST);
        if (r.Places is { Count: > 0 } places)
            filter.Add(Any(IndexFields.Place, places), Occur.MUST);
        if (r.YearFrom is not null || r.YearTo is not null)
            filter.Add(NumericRangeQuery.NewInt32Range(IndexFields.Year, IndexFields.NumericPrecisionStep, r.YearFrom, r.YearTo, true, true), Occur.MUST);
        if (r.DeadlineFrom is not null || r.DeadlineTo is not null)
            filter.Add(NumericRangeQuery.NewInt32Range(r.Unit == SearchUnit.Measure ? IndexFields.Deadline : IndexFields.ProblemDeadline, IndexFields.NumericPrecisionStep,
                DateNumber(r.DeadlineFrom), DateNumber(r.DeadlineTo), true, true), Occur.MUST);
        return filter;
    }

    private static int? DateNumber(DateOnly? date) => date is { } d ? d.Year * 10000 + d.Month * 100 + d.Day : null;

    private static void Must(BooleanQuery q, string field, string? value)
    {
        if (value is not null)
            q.Add(new TermQuery(new Term(field, value)), Occur.MUST);
    }

    private static Query Any(string field, IEnumerable<string> values)
    {
        var q = new BooleanQuery();
        foreach (var v in values)
            q.Add(new TermQuery(new Term(field, v)), Occur.SHOULD);
        return q;
    }

    internal sealed record StoredRecord(string Id, string Kind, string DocumentId, string? ProblemId, string Text, string PlanVersion);

    /// <summary>The stored fields a result needs (its kind, plan and problem are read from its id); the others are not read.</summary>
    private static readonly ISet<string> ResultFields = new HashSet<string> { IndexFields.Id, IndexFields.PlanVersion };

    /// <summary>A result's stored fields, and its text as of the version indexed ("" when its plan changed since: it is left out of answers).</summary>
    internal static StoredRecord Stored(IndexSearcher searcher, int doc, RecordTexts texts)
    {
        var d = searcher.Doc(doc, ResultFields);
        var id = d.Get(IndexFields.Id);
        var version = d.Get(IndexFields.PlanVersion) ?? "";
        var (kind, documentId, problemId) = IndexFields.OfId(id);
        return new StoredRecord(id, kind, documentId, problemId, texts.Text(id, version) ?? "", version);
    }
}
