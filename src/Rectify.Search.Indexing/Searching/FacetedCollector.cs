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
    /// <paramref name="skip"/> for <paramref name="take"/>: only the records that can reach that window are ordered
    /// by id.
    /// </summary>
    public IReadOnlyList<(int Doc, float Score)> Window(int skip, int take, Func<int, string> id)
    {
        var order = new int[Count];
        for (var i = 0; i < Count; i++)
            order[i] = i;
        var scores = _scores;
        Array.Sort(order, (a, b) => scores[b].CompareTo(scores[a]));
        var end = Math.Min(Count, skip + take);
        if (end <= skip)
            return [];
        // Records tied with the last one in the window may be ordered into it by id: take them all, then order by id.
        var last = end;
        while (last < Count && scores[order[last]] == scores[order[end - 1]])
            last++;
        var first = skip;
        while (first > 0 && scores[order[first - 1]] == scores[order[skip]])
            first--;
        var candidates = order[first..last]
            .Select(i => (Doc: _docs[i], Score: scores[i]))
            .OrderByDescending(h => h.Score).ThenBy(h => id(h.Doc), StringComparer.Ordinal)
            .ToList();
        return candidates.Skip(skip - first).Take(end - skip).ToList();
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
