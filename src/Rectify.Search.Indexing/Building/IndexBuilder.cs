using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Rectify.Search.Analysis.Lucene;
using Rectify.Search.Core.Model;
using Rectify.Search.Indexing.Schema;

namespace Rectify.Search.Indexing.Building;

/// <summary>What a build did.</summary>
public sealed record BuildReport(string Generation, int Plans, int Documents, TimeSpan Elapsed);

/// <summary>
/// Builds the Lucene index from the plans of the store into a new generation and publishes it when complete.
/// Anything that fails before publishing leaves the previous index in use.
/// </summary>
public static class IndexBuilder
{
    public static BuildReport Build(IndexLocation location, IEnumerable<PlanDocument> plans, IndexStamp stamp)
    {
        var watch = Stopwatch.StartNew();
        var generation = location.NewGeneration();
        int planCount = 0, documents = 0;
        try
        {
            using (var dir = FSDirectory.Open(generation))
            using (var writer = new IndexWriter(dir, new IndexWriterConfig(ChineseAnalyzer.Version, IndexAnalyzers.ForIndexing()) { OpenMode = OpenMode.CREATE }))
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
