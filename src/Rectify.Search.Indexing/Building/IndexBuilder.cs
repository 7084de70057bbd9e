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

    public static BuildReport Build(IndexLocation location, IEnumerable<PlanDocument> plans, IndexStamp stamp)
    {
        var watch = Stopwatch.StartNew();
        var generation = location.NewGeneration();
        int planCount = 0, documents = 0;
        try
        {
            using (var dir = FSDirectory.Open(generation))
            using (var writer = new IndexWriter(dir, new IndexWriterConfig(ChineseAnalyzer.Version, IndexAnalyzers.ForIndexing()) { OpenMode = OpenMode.CREATE, Similarity = IndexAnalyzers.Similarity }))
            {
                foreach (var plan in plans)
                {
                    planCount++;
                    foreach (var doc in DocumentMapper.Map(plan))
                    {
                        writer.AddDocument(doc);
                        documents++;
                    }
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
