using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Rectify.Search.Indexing.Building;
using Rectify.Search.Indexing.Searching;
using Rectify.Search.Service.Ingestion;
using Rectify.Search.Service.Knowledge;
using Rectify.Search.Service.Queries;
using Rectify.Search.Service.Requests;
using Rectify.Search.Storage;
using static Rectify.Search.Cli.Benchmarks.ApiProcess;
using static Rectify.Search.Cli.Benchmarks.QueryMix;
using static Rectify.Search.Cli.Benchmarks.Timing;

namespace Rectify.Search.Cli.Benchmarks;

/// <summary>
/// Index build time for the seeds and search latency: searches and precedent lookups in process, then, given the
/// built API (<c>--api</c>), the same over HTTP to the API started as its own process on loopback from a single
/// client, and the time a new API process takes to answer its first query, on a fresh data directory and on one it
/// built before. Prints its figures.
/// </summary>
internal static class SearchBenchmark
{
    public static int Run(TextWriter o, string seeds, int queries, string? apiPath)
    {
        using var scratch = new Scratch();
        var options = new KnowledgeBaseOptions { DataDirectory = scratch.Path, SeedsDirectory = seeds };

        var watch = Stopwatch.StartNew();
        IngestReport ingested;
        using (var store = PlanStore.Open(options.DatabasePath))
            ingested = PlanIngestion.Run([seeds], store);
        var ingest = watch.Elapsed;
        var plans = ingested.Files.Where(f => f.Plan is not null).Select(f => f.Plan!).ToList();
        o.WriteLine($"seeds: {plans.Count} plans, {plans.Sum(p => p.Problems.Count)} problems, {plans.Sum(p => p.AllMeasures.Count())} measures, "
            + $"{ingested.Files.Sum(f => new FileInfo(f.Path).Length) / 1024.0:F0} KB");
        o.WriteLine($"store: read, parsed and stored in {Ms(ingest)} (first run in this process, JIT included)");

        var builds = new List<TimeSpan>();
        var documents = 0;
        var location = new IndexLocation(options.IndexPath);
        for (var i = 0; i < 6; i++)
        {
            var report = IndexBuilder.Build(location, plans, new IndexStamp("bench", i.ToString(CultureInfo.InvariantCulture)));
            builds.Add(report.Elapsed);
            documents = report.Documents;
        }
        o.WriteLine($"index build: {documents} documents; first build {Ms(builds[0])}, then median {Ms(Percentile(builds.Skip(1).ToList(), 0.5))} over 5 rebuilds");

        using (var kb = new KnowledgeBase(options))
        {
            kb.Prepare();
            var requests = Queries.Select(ToRequest).ToList();
            var inProcess = Time(queries, i => kb.Search(requests[i % requests.Count]));
            o.WriteLine();
            o.WriteLine($"search in process (no HTTP, records built), {queries:N0} searches cycling {requests.Count} queries:");
            o.WriteLine("  " + Summary(inProcess));
            var measureIds = MeasureIds(plans);
            var precedents = measureIds.Select(id => new PrecedentQuery { Id = id }.Check().Value!).ToList();
            var similar = Time(queries, i => kb.Precedents(precedents[i % precedents.Count]));
            o.WriteLine($"precedents in process, {queries:N0} lookups cycling {measureIds.Count} measures:");
            o.WriteLine("  " + Summary(similar));
        }

        o.WriteLine();
        if (apiPath is null)
        {
            o.WriteLine("HTTP figures left out: give --api with the built Rectify.Search.Api.dll (dotnet build -c Release src/Rectify.Search.Api).");
            return CliApp.Ok;
        }
        var port = FreePort();
        using (var server = StartApi(apiPath, port, scratch.Path, seeds))
        {
            try
            {
                using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
                WaitForAnswer(client, server, Stopwatch.StartNew());
                var urls = Queries.Select(q => "/api/search?" + Encode(q)).ToList();
                var http = Time(queries, i => Get(client, urls[i % urls.Count]), remote: true);
                o.WriteLine($"search over HTTP (read cache off: every answer computed), single client on loopback, {queries:N0} requests cycling {urls.Count} queries:");
                o.WriteLine("  " + Summary(http));
                var measureIds = MeasureIds(plans);
                var similar = Time(queries, i => Get(client, $"/api/measures/{measureIds[i % measureIds.Count]}/similar"), remote: true);
                o.WriteLine($"precedents over HTTP (GET /api/measures/{{id}}/similar), {queries:N0} requests cycling {measureIds.Count} measures:");
                o.WriteLine("  " + Summary(similar));
            }
            finally
            {
                server.Kill(entireProcessTree: true);
                server.WaitForExit();
            }
        }

        o.WriteLine();
        using var fresh = new Scratch();
        o.WriteLine($"API start to first answer (a new process): fresh data directory {Ms(StartToFirstAnswer(apiPath, fresh.Path, seeds))} "
            + $"(reads the seeds, builds the index); started again {Ms(StartToFirstAnswer(apiPath, fresh.Path, seeds))} (index reused)");
        return CliApp.Ok;
    }

    private static List<string> MeasureIds(IReadOnlyList<Core.Model.PlanDocument> plans) =>
        plans.SelectMany(p => p.Problems.SelectMany(pr => pr.Measures.Select(m => Core.Model.RecordIds.Measure(p.DocumentId, pr.Position, m.Position)))).ToList();
}
