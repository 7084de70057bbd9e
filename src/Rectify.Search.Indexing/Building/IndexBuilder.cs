using System.Collections.Concurrent;
using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Rectify.Search.Analysis.Dictionaries;
using Rectify.Search.Analysis.Lucene;
using Rectify.Search.Core.Model;
using Rectify.Search.Indexing.Schema;

namespace Rectify.Search.Indexing.Building;

/// <summary>
/// Builds the Lucene index from the plans of the store into a new generation and publishes it when complete.
/// Anything that fails before publishing leaves the previous index in use.
/// </summary>
public static class IndexBuilder
{
    /// <summary>The stamp an index of the store with <paramref name="storeFingerprint"/> has when built by this analyzer.</summary>
    public static IndexStamp StampFor(string storeFingerprint) => new(AnalysisData.Version, storeFingerprint);

    /// <summary>
    /// Rebuilds the index when it is missing or was built from another store state or analyzer version; returns
    /// null when the current index is up to date. <paramref name="plans"/> is read only when a build is needed.
    /// </summary>
    public static BuildReport? BuildIfStale(IndexLocation location, string storeFingerprint, Func<IEnumerable<PlanDocument>> plans)
    {
        var wanted = StampFor(storeFingerprint);
        return location.CurrentStamp() == wanted ? null : Build(location, plans(), wanted);
    }

    /// <summary>
    /// Brings the index in use from the store state <paramref name="from"/> to <paramref name="to"/> by replacing the
    /// documents of the plans that changed: those of <paramref name="removed"/> and of every plan in
    /// <paramref name="changed"/> are deleted, those of <paramref name="changed"/> added, in one Lucene commit that
    /// carries the new stamp. Searches see the previous commit until it is complete; a failure rolls back and leaves
    /// it as it was. Returns null when the index in use is not the one <paramref name="from"/> describes: then only a
    /// full build will do.
    /// </summary>
    public static BuildReport? Update(IndexLocation location, IndexStamp from, IndexStamp to, IReadOnlyCollection<string> removed, IReadOnlyList<PlanDocument> changed)
    {
        if (location.CurrentPath is not { } path || location.CurrentStamp() != from)
            return null;
        var watch = Stopwatch.StartNew();
        var documents = 0;
        using var dir = FSDirectory.Open(path);
        var writer = new IndexWriter(dir, new IndexWriterConfig(ChineseAnalyzer.Version, IndexAnalyzers.ForIndexing()) { OpenMode = OpenMode.APPEND, Similarity = IndexAnalyzers.Similarity, Codec = RectifyCodec.Register() });
        try
        {
            foreach (var id in removed.Concat(changed.Select(p => p.DocumentId)).Distinct(StringComparer.Ordinal))
                writer.DeleteDocuments(new Term(IndexFields.DocumentId, id));
            foreach (var plan in changed)
            {
                foreach (var doc in DocumentMapper.Map(plan))
                {
                    writer.AddDocument(doc);
                    documents++;
                }
            }
            writer.SetCommitData(to.ToCommitData());
            writer.Commit();
        }
        catch
        {
            writer.Rollback();
            throw;
        }
        writer.Dispose();
        return new BuildReport(Path.GetFileName(path), changed.Count, documents, watch.Elapsed) { Incremental = true, Removed = removed.Count };
    }

    public static BuildReport Build(IndexLocation location, IEnumerable<PlanDocument> plans, IndexStamp stamp)
    {
        var watch = Stopwatch.StartNew();
        var generation = location.NewGeneration();
        int planCount = 0, documents = 0;
        try
        {
            using (var dir = FSDirectory.Open(generation))
            using (var writer = new IndexWriter(dir, new IndexWriterConfig(ChineseAnalyzer.Version, IndexAnalyzers.ForIndexing())
            {
                OpenMode = OpenMode.CREATE,
                Similarity = IndexAnalyzers.Similarity,
                Codec = RectifyCodec.Register(),
                // A whole build flushes fewer, larger segments: fewer merges (at 20,000 plans the default 16 MB flushed every
                // few hundred plans). Each analysing thread fills a buffer of its own share: 256 MB a thread keeps the
                // segments as large as one thread made them (at 20,000 plans, 128 MB a thread left 8 segments and searches
                // a half slower).
                RAMBufferSizeMB = Math.Min(256 * Environment.ProcessorCount, 1024),
            }))
            {
                // Plans are read one at a time from the caller's sequence and analysed on every core: IndexWriter takes
                // documents from several threads, each into a segment of its own (the analysis is most of a build).
                try
                {
                    Parallel.ForEach(Partitioner.Create(plans, EnumerablePartitionerOptions.NoBuffering),
                        new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                        plan =>
                        {
                            Interlocked.Increment(ref planCount);
                            foreach (var doc in DocumentMapper.Map(plan))
                            {
                                writer.AddDocument(doc);
                                Interlocked.Increment(ref documents);
                            }
                        });
                }
                catch (AggregateException e) when (e.InnerExceptions.Count >= 1)
                {
                    // The first failure as itself (a full disk is an IOException to the caller, not an AggregateException).
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
                }
                writer.SetCommitData(stamp.ToCommitData());
                writer.Commit();
            }
            location.Publish(generation);
        }
        catch
        {
            IndexLocation.TryDelete(generation);
            throw;
        }
        return new BuildReport(Path.GetFileName(generation), planCount, documents, watch.Elapsed);
    }
}
