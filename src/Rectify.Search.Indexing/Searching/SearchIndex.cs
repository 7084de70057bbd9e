using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Rectify.Search.Indexing.Building;
using Rectify.Search.Indexing.Schema;

namespace Rectify.Search.Indexing.Searching;

/// <summary>
/// The open index: a searcher over the generation CURRENT names. <see cref="Refresh"/> switches to a newly
/// published generation; searches under way keep the searcher they started with.
/// </summary>
public sealed class SearchIndex(IndexLocation location) : IDisposable
{
    private readonly System.Threading.Lock _gate = new();
    // One reference, replaced whole under the lock and read without it: a search never sees half a swap.
    private volatile OpenGeneration? _open;
    private readonly List<IDisposable> _retired = [];

    public IndexLocation Location => location;

    /// <summary>The current searcher; throws when no index has been built.</summary>
    public IndexSearcher Searcher => (_open ?? Open())?.Searcher
        ?? throw new InvalidOperationException($"no index in {location.Root}: build it with 'rectify index' or by starting the API");

    /// <summary>The folder of the generation open now; null before the first search or refresh.</summary>
    public string? OpenPath => _open?.Path;

    /// <summary>Number of Lucene documents in the open index, 0 when there is none.</summary>
    public int DocumentCount => (_open ?? Open())?.Reader.NumDocs ?? 0;

    /// <summary>The ids of the plans the open index holds (its documentId terms, deleted records aside).</summary>
    public HashSet<string> PlanIds()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if ((_open ?? Open())?.Reader is not { } reader)
            return ids;
        var terms = Lucene.Net.Index.MultiFields.GetTerms(reader, Schema.IndexFields.DocumentId);
        if (terms is null)
            return ids;
        var liveDocs = Lucene.Net.Index.MultiFields.GetLiveDocs(reader);
        var e = terms.GetEnumerator();
        Lucene.Net.Index.DocsEnum? docs = null;
        while (e.MoveNext())
        {
            docs = e.Docs(liveDocs, docs, Lucene.Net.Index.DocsFlags.NONE);
            if (docs.NextDoc() != Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS)
                ids.Add(e.Term.Utf8ToString());
        }
        return ids;
    }

    /// <summary>True when the index on disk is not the one open: another generation, or a newer commit to the same one.</summary>
    public bool IsStale
    {
        get
        {
            var open = _open;
            if (open is null || location.CurrentPath is not { } path)
                return open is null && location.CurrentPath is not null;
            try
            {
                return path != open.Path || !open.Reader.IsCurrent();
            }
            catch (IOException)
            {
                return true;
            }
        }
    }

    /// <summary>Opens the generation CURRENT names, or the newest commit of the one open (an incremental update).</summary>
    public void Refresh()
    {
        lock (_gate)
        {
            var path = location.CurrentPath;
            if (path is null)
                return;
            if (path == _open?.Path)
            {
                if (DirectoryReader.OpenIfChanged(_open.Reader) is { } newer)
                {
                    Retire(_open.Reader);
                    _open = _open with { Reader = newer, Searcher = new IndexSearcher(newer) { Similarity = IndexAnalyzers.Similarity } };
                }
                return;
            }
            var directory = FSDirectory.Open(path);
            var reader = DirectoryReader.Open(directory);
            if (_open is { } old)
            {
                Retire(old.Reader);
                Retire(old.Directory);
            }
            _open = new OpenGeneration(path, directory, reader, new IndexSearcher(reader) { Similarity = IndexAnalyzers.Similarity });
        }
    }

    /// <summary>
    /// Keeps a replaced reader open for searches still holding it; the oldest ones go once more than
    /// <see cref="RetiredKept"/> wait, since a search lasts milliseconds and updates come seconds apart.
    /// </summary>
    private void Retire(IDisposable replaced)
    {
        _retired.Add(replaced);
        while (_retired.Count > RetiredKept)
        {
            _retired[0].Dispose();
            _retired.RemoveAt(0);
        }
    }

    private const int RetiredKept = 8;

    private OpenGeneration? Open()
    {
        Refresh();
        return _open;
    }

    private sealed record OpenGeneration(string Path, FSDirectory Directory, DirectoryReader Reader, IndexSearcher Searcher);

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var d in _retired)
                d.Dispose();
            _retired.Clear();
            _open?.Reader.Dispose();
            _open?.Directory.Dispose();
            _open = null;
        }
    }
}
