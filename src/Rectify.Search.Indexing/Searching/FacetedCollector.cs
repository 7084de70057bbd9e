using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Rectify.Search.Indexing.Searching;

/// <summary>
/// Collects every match as its document number and score only, and counts facet values by their per-segment
/// ordinals (<see cref="FacetOrdinals"/>), turning an ordinal into text once per segment rather than once per match:
/// the cost of a search that matches a hundred thousand records stays in arrays of numbers.
/// </summary>
internal sealed class FacetedCollector(string[] facetFields) : ICollector
{
    /// <summary>
    /// Below this many indexed records a search runs its segments one after another (at seed scale starting threads
    /// costs more than it saves). Tests lower it to check that both ways answer alike.
    /// </summary>
    internal static int ParallelFrom { get; set; } = 200_000;

    /// <summary>Whether <paramref name="reader"/>'s segments are searched side by side: several, on an index this large, with cores to spare.</summary>
    internal static bool SideBySide(IndexReader reader) => reader.Leaves.Count > 1 && reader.MaxDoc >= ParallelFrom && Environment.ProcessorCount > 1;

    private Scorer? _scorer;
    private int _docBase;
    private readonly SortedSetDocValues?[] _values = new SortedSetDocValues?[facetFields.Length];
    private readonly FacetOrdinals?[] _ordinals = new FacetOrdinals?[facetFields.Length];
    private readonly int[]?[] _counts = new int[]?[facetFields.Length];
    private readonly Dictionary<string, Dictionary<string, int>> _facets = facetFields.Distinct().ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal));
    private int[] _docs = new int[1024];
    private float[] _scores = new float[1024];

    /// <summary>
    /// Every match of <paramref name="query"/> within <paramref name="filter"/>, with facet counts. A large index has its
    /// segments searched side by side on the machine's cores, each into a collector of its own, then joined; the
    /// weight is the same for all, so scores are those of a search one segment after another.
    /// </summary>
    public static FacetedCollector Collect(IndexSearcher searcher, Query query, Filter filter, string[] facetFields)
    {
        var leaves = searcher.IndexReader.Leaves;
        if (!SideBySide(searcher.IndexReader))
        {
            var single = new FacetedCollector(facetFields);
            searcher.Search(query, filter, single);
            return single;
        }
        var weight = searcher.CreateNormalizedWeight(new FilteredQuery(query, filter));
        var parts = new FacetedCollector[leaves.Count];
        Parallel.For(0, leaves.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var leaf = leaves[i];
            var part = parts[i] = new FacetedCollector(facetFields);
            part.SetNextReader(leaf);
            weight.GetBulkScorer(leaf, !part.AcceptsDocsOutOfOrder, leaf.AtomicReader.LiveDocs)?.Score(part);
        });
        return Join(parts, facetFields);
    }

    /// <summary>One collector holding the matches and facet counts of <paramref name="parts"/>, in their order.</summary>
    private static FacetedCollector Join(FacetedCollector[] parts, string[] facetFields)
    {
        var joined = new FacetedCollector(facetFields);
        joined._docs = new int[Math.Max(parts.Sum(p => p.Count), 1)];
        joined._scores = new float[joined._docs.Length];
        foreach (var part in parts)
        {
            Array.Copy(part._docs, 0, joined._docs, joined.Count, part.Count);
            Array.Copy(part._scores, 0, joined._scores, joined.Count, part.Count);
            joined.Count += part.Count;
            foreach (var (field, values) in part.Facets())
            {
                var totals = joined._facets[field];
                foreach (var (value, n) in values)
                    totals[value] = totals.GetValueOrDefault(value) + n;
            }
        }
        return joined;
    }

    /// <summary>How many documents matched.</summary>
    public int Count { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        _docBase = context.DocBase;
        for (var i = 0; i < facetFields.Length; i++)
        {
            _values[i] = context.AtomicReader.GetSortedSetDocValues(facetFields[i]);
            _ordinals[i] = _values[i] is null ? null : FacetOrdinals.For(context.AtomicReader, facetFields[i]);
            _counts[i] = _ordinals[i] is { } o ? new int[o.ValueCount] : null;
        }
    }

    public void Collect(int doc) => Add(doc, _scorer!.GetScore());

    /// <summary>
    /// Adds records found otherwise (another arm of the ranking) to the matches and their facet counts; each is added
    /// once, and none may be among the matches already.
    /// </summary>
    public void AddFound(IndexReader reader, IEnumerable<(int Doc, float Score)> found)
    {
        var leaves = reader.Leaves;
        foreach (var group in found.GroupBy(f => ReaderUtil.SubIndex(f.Doc, leaves)).OrderBy(g => g.Key))
        {
            SetNextReader(leaves[group.Key]);
            foreach (var (doc, score) in group)
                Add(doc - _docBase, score);
        }
        FlushSegment();
    }

    private void Add(int doc, float score)
    {
        if (Count == _docs.Length)
        {
            Array.Resize(ref _docs, Count * 2);
            Array.Resize(ref _scores, Count * 2);
        }
        _docs[Count] = _docBase + doc;
        _scores[Count] = score;
        Count++;
        for (var i = 0; i < facetFields.Length; i++)
            _ordinals[i]?.Count(doc, _counts[i]!);
    }

    /// <summary>Facet value counts by field, each value counted once per matching record.</summary>
    public IReadOnlyDictionary<string, Dictionary<string, int>> Facets()
    {
        FlushSegment();
        return _facets;
    }

    /// <summary>
    /// The matches ranked by score, ties by record id (as <paramref name="id"/> gives it), from
    /// <paramref name="skip"/> for <paramref name="take"/>: the matches are not sorted, only those scoring at least
    /// the lowest score that reaches the window are, so a page of a hundred thousand matches orders a few dozen.
    /// <paramref name="order"/> gives a record's segment and the ordinal of its id there, to thin out ties before ids are read.
    /// </summary>
    public IReadOnlyList<(int Doc, float Score)> Window(int skip, int take, Func<int, string> id, Func<int, (int Segment, long Ordinal)>? order = null)
    {
        var wanted = Math.Min(Count, skip + take);
        if (wanted <= skip)
            return [];
        // The lowest score that can reach the window: the wanted-th highest, found with a heap of that size.
        var heap = new PriorityQueue<int, float>(wanted);
        for (var i = 0; i < Count; i++)
        {
            if (heap.Count < wanted)
                heap.Enqueue(i, _scores[i]);
            else if (_scores[i] > _scores[heap.Peek()])
                heap.DequeueEnqueue(i, _scores[i]);
        }
        var floor = _scores[heap.Peek()];
        // Every record scoring above it, and every one tied with it (ids decide among those), ordered; then the window.
        var candidates = new List<(int Doc, float Score)>(wanted);
        var tied = 0;
        for (var i = 0; i < Count; i++)
        {
            if (_scores[i] > floor)
                candidates.Add((_docs[i], _scores[i]));
            else if (_scores[i] == floor)
                tied++;
        }
        var tiedWanted = wanted - candidates.Count;
        if (order is not null && tied > 4 * tiedWanted)
        {
            // Many ties (a filter without words scores every record alike): within an index segment the id ordinal
            // orders as the id does, so each segment's first tied records by ordinal hold the ties the window needs;
            // only those are read as text.
            var firstBySegment = new Dictionary<int, PriorityQueue<int, long>>();
            for (var i = 0; i < Count; i++)
            {
                if (_scores[i] != floor)
                    continue;
                var (segment, ordinal) = order(_docs[i]);
                if (!firstBySegment.TryGetValue(segment, out var first))
                    firstBySegment[segment] = first = new PriorityQueue<int, long>(tiedWanted + 1, Comparer<long>.Create((a, b) => b.CompareTo(a)));
                if (first.Count < tiedWanted)
                    first.Enqueue(_docs[i], ordinal);
                else if (first.TryPeek(out _, out var last) && ordinal < last)
                    first.DequeueEnqueue(_docs[i], ordinal);
            }
            foreach (var first in firstBySegment.Values)
            {
                while (first.TryDequeue(out var doc, out _))
                    candidates.Add((doc, floor));
            }
        }
        else
        {
            for (var i = 0; i < Count; i++)
            {
                if (_scores[i] == floor)
                    candidates.Add((_docs[i], floor));
            }
        }
        return candidates.OrderByDescending(h => h.Score).ThenBy(h => id(h.Doc), StringComparer.Ordinal).Skip(skip).Take(take).ToList();
    }

    private void FlushSegment()
    {
        for (var i = 0; i < facetFields.Length; i++)
        {
            if (_values[i] is not { } values || _counts[i] is not { } counts)
                continue;
            var totals = _facets[facetFields[i]];
            var text = new BytesRef();
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0)
                    continue;
                values.LookupOrd(ord, text);
                var value = text.Utf8ToString();
                totals[value] = totals.GetValueOrDefault(value) + counts[ord];
            }
            _values[i] = null;
            _ordinals[i] = null;
            _counts[i] = null;
        }
    }
}
