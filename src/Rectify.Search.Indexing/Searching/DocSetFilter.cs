using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Rectify.Search.Indexing.Searching;

/// <summary>
/// A filter of given documents (top-level numbers): what lets a lexical arm rerank the concept ranking's first records
/// without walking its terms' postings over the whole index.
/// </summary>
internal sealed class DocSetFilter(IReadOnlyCollection<int> docs) : Filter
{
    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
    {
        var maxDoc = context.AtomicReader.MaxDoc;
        FixedBitSet? bits = null;
        foreach (var doc in docs)
        {
            var local = doc - context.DocBase;
            if (local < 0 || local >= maxDoc)
                continue;
            bits ??= new FixedBitSet(maxDoc);
            bits.Set(local);
        }
        return bits is null ? null : BitsFilteredDocIdSet.Wrap(bits, acceptDocs);
    }
}
