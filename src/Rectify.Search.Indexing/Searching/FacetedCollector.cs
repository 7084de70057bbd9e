using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Rectify.Search.Indexing.Searching;

/// <summary>
/// Collects every match as its document number and score only, and counts facet values by their per-segment
/// ordinals, turning an ordinal into text once per segment rather than once per match: the cost of a search that
/// matches a hundred thousand records stays in arrays of numbers.
/// </summary>
internal sealed class FacetedCollector(string[] facetFields) : ICollector
{
    private Scorer? _scorer;
    private int _docBase;
    private readonly SortedSetDocValues?[] _values = new SortedSetDocValues?[facetFields.Length];
    private readonly int[]?[] _counts = new int[]?[facetFields.Length];
    private readonly Dictionary<string, Dictionary<string, int>> _facets = facetFields.Distinct().ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal));
    private int[] _docs = new int[1024];
    private float[] _scores = new float[1024];

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
            _counts[i] = _values[i] is { } v ? new int[v.ValueCount] : null;
        }
    }

    public void Collect(int doc)
    {
        if (Count == _docs.Length)
        {
            Array.Resize(ref _docs, Count * 2);
            Array.Resize(ref _scores, Count * 2);
        }
        _docs[Count] = _docBase + doc;
        _scores[Count] = _scorer!.GetScore();
        Count++;
        for (var i = 0; i < facetFields.Length; i++)
        {
            if (_values[i] is not { } values)
                continue;
            values.SetDocument(doc);
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
                _counts[i]![ord]++;
        }
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
        var candidates = new List<(int Doc, float Score)>();
        for (var i = 0; i < Count; i++)
        {
            if (_scores[i] >= floor)
                candidates.Add((_docs[i], _scores[i]));
        }
        if (order is not null && candidates.Count > 4 * wanted)
        {
            // Many ties (a filter without words scores every record alike): within an index segment the id ordinal
            // orders as the id does, so each segment's first records by (score, ordinal) hold the window; only those
            // are read as text.
            candidates = candidates.Select(h => (Hit: h, Key: order(h.Doc)))
                .GroupBy(x => x.Key.Segment)
                .SelectMany(g => g.OrderByDescending(x => x.Hit.Score).ThenBy(x => x.Key.Ordinal).Take(wanted).Select(x => x.Hit))
                .ToList();
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
            _counts[i] = null;
        }
    }
}
