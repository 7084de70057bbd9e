using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Rectify.Search.Indexing.Searching;

/// <summary>
/// Term lookups of one open index generation, kept: a query's weight seeks every term it names in the term
/// dictionary, and one search tries several relaxations of the same concepts, so each (field, term) is sought once
/// per generation. Term queries built here carry their looked-up state.
/// </summary>
public sealed class TermCache
{
    /// <summary>Past this many distinct terms the cache starts afresh (queries keep working, only slower once).</summary>
    private const int MaxEntries = 200_000;

    private static readonly ConditionalWeakTable<IndexReader, TermCache> ByReader = [];

    private readonly IndexReaderContext _context;
    private readonly ConcurrentDictionary<(string Field, string Text), TermContext> _states = new();

    private TermCache(IndexReader reader) => _context = reader.Context;

    /// <summary>The cache of <paramref name="reader"/>'s generation.</summary>
    public static TermCache For(IndexReader reader) => ByReader.GetValue(reader, r => new TermCache(r));

    /// <summary>A term query whose term is looked up once per generation.</summary>
    public TermQuery Query(string field, string text) => new(new Term(field, text), State(field, text));

    /// <summary>How many records hold the term, from the same lookup.</summary>
    public int DocFreq(string field, string text) => State(field, text).DocFreq;

    private TermContext State(string field, string text)
    {
        if (_states.Count > MaxEntries)
            _states.Clear();
        return _states.GetOrAdd((field, text), key => TermContext.Build(_context, new Term(key.Field, key.Text)));
    }
}
