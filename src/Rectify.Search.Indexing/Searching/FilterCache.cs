using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Rectify.Search.Indexing.Searching;

/// <summary>
/// Filters kept as one bit per document of each index segment, made the first time a segment is filtered by them and
/// kept while the segment lives (an incremental update adds segments and keeps the others'). A search then tests a
/// bit per candidate instead of walking the filter's terms beside the query: the kind of record alone is the filter of
/// most searches, and a province or theme clicked in the facets is asked for again and again.
/// </summary>
internal static class FilterCache
{
    /// <summary>Past this many distinct filters the cache starts afresh; each costs one bit per indexed record.</summary>
    private const int MaxFilters = 128;

    private static readonly ConcurrentDictionary<string, BitsFilter> Filters = new(StringComparer.Ordinal);

    /// <summary>The cached filter for <paramref name="query"/>, known by its text.</summary>
    public static Filter For(Query query)
    {
        var key = query.ToString();
        if (Filters.TryGetValue(key, out var filter))
            return filter;
        if (Filters.Count >= MaxFilters)
            Filters.Clear();
        return Filters.GetOrAdd(key, _ => new BitsFilter(query));
    }

    private sealed class BitsFilter(Query query) : Filter
    {
        // Keyed by the segment's core, which outlives reopened readers of the same segment; deletions come as acceptDocs.
        private readonly ConditionalWeakTable<object, FixedBitSet> _bySegment = [];

        public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
        {
            var reader = context.AtomicReader;
            var bits = _bySegment.GetValue(reader.CoreCacheKey, _ => Compute(context));
            return BitsFilteredDocIdSet.Wrap(bits, acceptDocs);
        }

        private FixedBitSet Compute(AtomicReaderContext context)
        {
            var bits = new FixedBitSet(context.AtomicReader.MaxDoc);
            // Every document the query matches, deleted or not: deletions change between reopenings, the segment does not.
            if (new QueryWrapperFilter(query).GetDocIdSet(context, null)?.GetIterator() is { } matches)
                bits.Or(matches);
            return bits;
        }

        public override string ToString() => $"cached({query})";
    }
}
