using Lucene.Net.Index;
using Lucene.Net.Util;
using Rectify.Search.Indexing.Schema;

namespace Rectify.Search.Indexing.Searching;

/// <summary>
/// The record ids of an open index's documents, read from each segment's doc values, the segment's value reader
/// looked up once rather than once per document (Lucene.NET keeps it per thread: the lookup cost as much as reading
/// the value, and a page of tied records reads tens of thousands). One per search: not for several threads at once.
/// </summary>
internal sealed class RecordIdReader(IndexReader reader)
{
    private readonly IList<AtomicReaderContext> _leaves = reader.Leaves;
    private readonly SortedDocValues?[] _values = new SortedDocValues?[reader.Leaves.Count];
    private readonly bool[] _opened = new bool[reader.Leaves.Count];
    private readonly BytesRef _scratch = new();

    /// <summary>The record id of <paramref name="doc"/>; empty when it has none.</summary>
    public string Id(int doc)
    {
        var (values, local) = Values(doc, out _);
        if (values is null || values.GetOrd(local) < 0)
            return "";
        values.Get(local, _scratch);
        return _scratch.Utf8ToString();
    }

    /// <summary>
    /// <paramref name="doc"/>'s segment and the ordinal of its id there: within a segment ordinals order as the ids do
    /// (−1 when it has none).
    /// </summary>
    public (int Segment, long Ordinal) Ordinal(int doc)
    {
        var (values, local) = Values(doc, out var segment);
        return (_leaves[segment].Ord, values?.GetOrd(local) ?? -1);
    }

    private (SortedDocValues? Values, int Local) Values(int doc, out int segment)
    {
        segment = ReaderUtil.SubIndex(doc, _leaves);
        if (!_opened[segment])
        {
            _values[segment] = _leaves[segment].AtomicReader.GetSortedDocValues(IndexFields.Id);
            _opened[segment] = true;
        }
        return (_values[segment], doc - _leaves[segment].DocBase);
    }
}
