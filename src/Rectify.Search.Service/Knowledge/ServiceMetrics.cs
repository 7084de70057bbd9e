using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Rectify.Search.Service.Knowledge;

/// <summary>
/// What the service measures of itself, as .NET metrics under the meter <see cref="MeterName"/> (the API exports them
/// at /metrics through OpenTelemetry): how long searches and precedent lookups take, how long ingesting an upload takes
/// and how many files are refused (by reason), and — observed when scraped — the store's size and counts, the index's
/// documents and the plans waiting to be indexed.
/// </summary>
public static class ServiceMetrics
{
    public const string MeterName = "Rectify.Search";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Histogram<double> Search = Meter.CreateHistogram<double>("rectify.search.duration", "s", "Time to answer a search (either unit), in the service");
    private static readonly Histogram<double> Precedents = Meter.CreateHistogram<double>("rectify.precedents.duration", "s", "Time to answer a precedent lookup, in the service");
    private static readonly Histogram<double> Ingest = Meter.CreateHistogram<double>("rectify.ingest.duration", "s", "Time to read, store and index one upload request");
    private static readonly Counter<long> Refused = Meter.CreateCounter<long>("rectify.ingest.refused", "{file}", "Files refused on upload, by reason");
    private static readonly Counter<long> Stored = Meter.CreateCounter<long>("rectify.ingest.stored", "{file}", "Files stored on upload (added or replaced)");

    /// <summary>Records how long <paramref name="started"/> (a <see cref="Stopwatch.GetTimestamp"/>) ago a search began.</summary>
    public static void SearchTook(long started, string unit) => Search.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("unit", unit));

    public static void PrecedentsTook(long started, string unit) => Precedents.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("unit", unit));

    public static void IngestTook(long started) => Ingest.Record(Stopwatch.GetElapsedTime(started).TotalSeconds);

    public static void FileRefused(string reason) => Refused.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public static void FileStored() => Stored.Add(1);

    /// <summary>
    /// The gauges of one served knowledge base, read when a scraper asks: store bytes, plans, problems, measures, index
    /// documents, plans waiting to be indexed. Disposing the returned meter stops them.
    /// </summary>
    public static Meter Observe(KnowledgeBase kb)
    {
        var meter = new Meter(MeterName);
        // Each series names the data folder it describes (one per server; several in one process under test).
        var folder = new KeyValuePair<string, object?>("data_dir", Path.GetFullPath(kb.Options.DataDirectory));
        Measurement<long> Of(long value) => new(value, folder);
        meter.CreateObservableGauge("rectify.store.size", () => Of(StoreBytes(kb)), "By", "The store's file with its write-ahead log");
        meter.CreateObservableGauge("rectify.store.plans", () => Of(kb.Status().Documents), "{plan}", "Plans in the store");
        meter.CreateObservableGauge("rectify.store.measures", () => Of(kb.Status().Measures), "{measure}", "Measures in the store");
        meter.CreateObservableGauge("rectify.index.documents", () => Of(kb.Status().IndexDocuments), "{document}", "Documents (problems and measures) in the index serving");
        meter.CreateObservableGauge("rectify.index.pending", () => Of(kb.Status().Pending ?? 0), "{plan}", "Plans stored but not yet in the index serving");
        return meter;
    }

    private static long StoreBytes(KnowledgeBase kb)
    {
        var path = kb.Options.DatabasePath;
        return (File.Exists(path) ? new FileInfo(path).Length : 0) + (File.Exists(path + "-wal") ? new FileInfo(path + "-wal").Length : 0);
    }
}
