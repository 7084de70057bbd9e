using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Rectify.Search.Indexing.Schema;

namespace Rectify.Search.Indexing.Searching;

/// <summary>Collects every match with its score, ids and facet values, all read from doc values (no stored fields).</summary>
internal sealed class AllHitsCollector(string[] facetFields) : ICollector
{
    private Scorer? _scorer;
    private int _docBase;
    private readonly SortedSetDocValues?[] _values = new SortedSetDocValues?[facetFields.Length];
    private SortedDocValues? _ids;
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
        Hits.Add(new CollectedHit(_docBase + doc, _scorer!.GetScore(), Value(_ids, doc) ?? "", facets));
    }
}
