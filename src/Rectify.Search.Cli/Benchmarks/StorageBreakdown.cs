using System.Globalization;
using System.Text;
using Rectify.Search.Indexing.Building;
using Rectify.Search.Storage;

namespace Rectify.Search.Cli.Benchmarks;

/// <summary>What the store and the index cost on disk, part by part, against the text read.</summary>
internal static class StorageBreakdown
{
    public static string Describe(string database, string indexPath, long textBytes)
    {
        static string Mb(long bytes) => (bytes / 1048576.0).ToString("F0", CultureInfo.InvariantCulture);
        var o = new StringBuilder();
        long store = 0, index = 0;
        if (File.Exists(database))
        {
            store = new[] { database, database + "-wal", database + "-shm" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);
            var tables = PlanStore.TableBytes(database);
            o.Append($"store {Mb(store)} MB on disk; values by table (MB, without SQLite's pages and indexes, {Mb(tables.Sum(t => t.Bytes))} in all): ")
                .AppendJoin(", ", tables.Where(t => t.Bytes >= 1048576).Select(t => $"{t.Table} {Mb(t.Bytes)}")).AppendLine();
        }
        if (Directory.Exists(indexPath))
        {
            var parts = IndexDiskUsage.Of(indexPath);
            index = parts.Sum(p => p.Bytes);
            o.Append($"index {Mb(index)} MB by part (MB): ").AppendJoin(", ", parts.Select(p => $"{p.Part} {Mb(p.Bytes)}")).AppendLine();
        }
        if (textBytes > 0)
            o.Append(string.Create(CultureInfo.InvariantCulture,
                $"disk: store {Mb(store)} MB + index {Mb(index)} MB = {Mb(store + index)} MB for {Mb(textBytes)} MB of text: {(double)(store + index) / textBytes:F2}× the text"));
        return o.ToString().TrimEnd();
    }
}
