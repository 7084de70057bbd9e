using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Rectify.Search.Analysis.Dictionaries;
using Rectify.Search.Indexing.Schema;

namespace Rectify.Search.Indexing.Searching;

/// <summary>
/// Runs searches: compiles the user query, applies filters, collects every match with its facet values,
/// groups measures under their problems when asked, pages and highlights.
/// </summary>
public sealed class Searcher(SearchIndex index, Thesaurus thesaurus)
{
    private const int MeasuresPerProblem = 3;

    /// <summary>Runs <paramref name="request"/>; a query with nothing searchable and no filter returns null.</summary>
    public SearchResult? Search(SearchRequest request)
    {
        var watch = Stopwatch.StartNew();
        CompiledQuery? compiled = null;
        if (!string.IsNullOrWhiteSpace(request.Query))
        {
            compiled = QueryFactory.Build(request.Query, thesaurus);
            if (compiled is null && !HasFilter(request))
                return null;
        }
        var query = compiled?.Query ?? new MatchAllDocsQuery();
        var filter = Filter(request);

        var searcher = index.Searcher;
        // Problems are counted by their own themes, measures by theirs (their problem's and their own), both as "theme".
        var themeField = request.Unit == SearchUnit.Measure ? IndexFields.Theme : IndexFields.ProblemTheme;
        string[] facetFields = [themeField, IndexFields.Province, IndexFields.Level];
        var collector = new AllHitsCollector(facetFields);
        searcher.Search(query, new QueryWrapperFilter(filter), collector);

        var highlight = compiled?.Highlight ?? [];
        // Grouping reads the ids of every hit from doc values; stored records (with text) are read once, for the page shown.
        var records = new Dictionary<int, StoredRecord>();
        StoredRecord Record(int doc) => records.TryGetValue(doc, out var r) ? r : records[doc] = Stored(searcher, doc);
        var rows = request.Unit == SearchUnit.Measure
            ? collector.Hits.OrderByDescending(h => h.Score).ThenBy(h => h.Doc).Select(h => (Key: h.Id, Hits: new List<CollectedHit> { h }, Score: h.Score)).ToList()
            : collector.Hits.GroupBy(h => h.ProblemId ?? "")
                .Select(g => (Key: g.Key, Hits: g.OrderByDescending(h => h.Score).ToList(), Score: GroupScore(g)))
                .OrderByDescending(g => g.Score).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();

        var facets = facetFields.ToDictionary(
            f => f == themeField ? IndexFields.Theme : f,
            f => (IReadOnlyList<FacetCount>)rows
                .SelectMany(r => r.Hits.SelectMany(h => h.Facets.Where(v => v.Field == f).Select(v => v.Value)).Distinct())
                .GroupBy(v => v).Select(g => new FacetCount(g.Key, g.Count()))
                .OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal).ToList());

        var page = rows.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).Select(r =>
        {
            if (request.Unit == SearchUnit.Measure)
            {
                var s = Record(r.Hits[0].Doc);
                return new SearchHit(s.Id, s.DocumentId, s.ProblemId ?? "", r.Score, Highlighter.Highlight(s.Text, highlight), []);
            }
            // The problem's own record, even when only its measures matched: its passage leads the row.
            var problemDoc = r.Hits.Select(h => Record(h.Doc)).FirstOrDefault(s => s.Kind == IndexFields.Kinds.Problem)
                ?? ById(searcher, r.Key);
            var measures = r.Hits.Select(h => (Hit: h, Stored: Record(h.Doc)))
                .Where(x => x.Stored.Kind == IndexFields.Kinds.Measure)
                .Take(MeasuresPerProblem)
                .Select(x => new RecordHit(x.Stored.Id, x.Stored.Kind, x.Stored.DocumentId, x.Stored.ProblemId, x.Hit.Score, Highlighter.Highlight(x.Stored.Text, highlight)))
                .ToList();
            var first = Record(r.Hits[0].Doc);
            var highlights = problemDoc is null ? [] : Highlighter.Highlight(problemDoc.Text, highlight);
            return new SearchHit(r.Key, first.DocumentId, r.Key, r.Score, highlights, measures);
        }).ToList();
        return new SearchResult(rows.Count, page, facets, watch.Elapsed);
    }

    /// <summary>A problem scores as its best record plus a little for each further matching record.</summary>
    private static float GroupScore(IEnumerable<CollectedHit> hits)
    {
        var scores = hits.Select(h => h.Score).OrderByDescending(s => s).ToList();
        return scores[0] + 0.1f * scores.Skip(1).Sum();
    }

    private static bool HasFilter(SearchRequest r) =>
        r.Themes is { Count: > 0 } || r.Province is not null || r.City is not null || r.County is not null || r.Level is not null
        || r.DocumentId is not null || r.YearFrom is not null || r.YearTo is not null || r.DeadlineFrom is not null || r.DeadlineTo is not null;

    private static Query Filter(SearchRequest r)
    {
        var filter = new BooleanQuery();
        filter.Add(r.Unit == SearchUnit.Measure
            ? new TermQuery(new Term(IndexFields.Kind, IndexFields.Kinds.Measure))
            : Any(IndexFields.Kind, [IndexFields.Kinds.Measure, IndexFields.Kinds.Problem]), Occur.MUST);
        Must(filter, IndexFields.Province, r.Province);
        Must(filter, IndexFields.City, r.City);
        Must(filter, IndexFields.County, r.County);
        Must(filter, IndexFields.Level, r.Level);
        Must(filter, IndexFields.DocumentId, r.DocumentId);
        if (r.Themes is { Count: > 0 } themes)
            filter.Add(Any(r.Unit == SearchUnit.Measure ? IndexFields.Theme : IndexFields.ProblemTheme, themes), Occur.MUST);
        if (r.YearFrom is not null || r.YearTo is not null)
            filter.Add(NumericRangeQuery.NewInt32Range(IndexFields.Year, r.YearFrom, r.YearTo, true, true), Occur.MUST);
        if (r.DeadlineFrom is not null || r.DeadlineTo is not null)
            filter.Add(NumericRangeQuery.NewInt32Range(r.Unit == SearchUnit.Measure ? IndexFields.Deadline : IndexFields.ProblemDeadline,
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

    private static StoredRecord? ById(IndexSearcher searcher, string id)
    {
        var top = searcher.Search(new TermQuery(new Term(IndexFields.Id, id)), 1);
        return top.TotalHits == 0 ? null : Stored(searcher, top.ScoreDocs[0].Doc);
    }

    internal sealed record StoredRecord(string Id, string Kind, string DocumentId, string? ProblemId, string Text);

    internal static StoredRecord Stored(IndexSearcher searcher, int doc)
    {
        var d = searcher.Doc(doc);
        return new StoredRecord(d.Get(IndexFields.Id), d.Get(IndexFields.Kind), d.Get(IndexFields.DocumentId), d.Get(IndexFields.ProblemId), d.Get(IndexFields.Text) ?? "");
    }
}

/// <summary>A matching Lucene document: its score, record id, problem id and facet values.</summary>
internal sealed record CollectedHit(int Doc, float Score, string Id, string? ProblemId, IReadOnlyList<(string Field, string Value)> Facets);

/// <summary>Collects every match with its score, ids and facet values, all read from doc values (no stored fields).</summary>
internal sealed class AllHitsCollector(string[] facetFields) : ICollector
{
    private Scorer? _scorer;
    private int _docBase;
    private readonly SortedSetDocValues?[] _values = new SortedSetDocValues?[facetFields.Length];
    private SortedDocValues? _ids, _problemIds;
    private readonly BytesRef _scratch = new();

    public List<CollectedHit> Hits { get; } = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        for (var i = 0; i < facetFields.Length; i++)
            _values[i] = context.AtomicReader.GetSortedSetDocValues(facetFields[i]);
        _ids = context.AtomicReader.GetSortedDocValues(IndexFields.Id);
        _problemIds = context.AtomicReader.GetSortedDocValues(IndexFields.ProblemId);
    }

    private string? Value(SortedDocValues? values, int doc)
    {
        if (values is null || values.GetOrd(doc) < 0)
            return null;
        values.Get(doc, _scratch);
        return _scratch.Utf8ToString();
    }

    public void Collect(int doc)
    {
        var facets = new List<(string, string)>();
        for (var i = 0; i < facetFields.Length; i++)
        {
            if (_values[i] is not { } values)
                continue;
            values.SetDocument(doc);
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
            {
                values.LookupOrd(ord, _scratch);
                facets.Add((facetFields[i], _scratch.Utf8ToString()));
            }
        }
        Hits.Add(new CollectedHit(_docBase + doc, _scorer!.GetScore(), Value(_ids, doc) ?? "", Value(_problemIds, doc), facets));
    }
}
