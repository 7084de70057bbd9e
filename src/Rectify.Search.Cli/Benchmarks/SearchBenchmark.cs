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

namespace Rectify.Search.Cli.Benchmarks;

/// <summary>
/// Index build time for the seeds and search latency: searches and precedent lookups in process, then, given the
/// built API (<c>--api</c>), the same over HTTP to the API started as its own process on loopback from a single
/// client, and the time a new API process takes to answer its first query, on a fresh data directory and on one it
/// built before. Prints its figures.
/// </summary>
internal static class SearchBenchmark
{
    /// <summary>The query mix: problem and measure searches, phrases, exclusions, thesaurus terms, filters, pages.</summary>
    private static readonly string[] Queries =
    [
        "q=两高项目", "q=污水管网", "q=污水管網", "q=测土配方施肥&unit=measure", "q=\"雨污分流\" -管网&unit=measure", "q=秸秆焚烧",
        "q=COD&unit=measure", "q=矿山 生态修复", "q=化肥减量&province=湖北省", "q=黑臭水体", "q=饮用水水源地&unit=measure",
        "q=扬尘&page=2&pageSize=5", "q=垃圾填埋场", "q=畜禽养殖 粪污", "q=环保局", "q=能耗双控", "q=河长制&unit=measure",
        "province=山西省", "level=province&pageSize=20", "q=污水&deadlineFrom=2022&deadlineTo=2023", "q=督察整改 责任",
        "q=长江大保护", "q=建设用地 土壤污染", "q=工业园区 污水处理厂&unit=measure&pageSize=20",
    ];

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
            o.WriteLine($"search in process (no HTTP, records built), {queries:N0} searches cycling {requests.Count} queries (after a 3 s warm-up):");
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
                var http = Time(queries, i => Get(client, urls[i % urls.Count]));
                o.WriteLine($"search over HTTP, single client on loopback, {queries:N0} requests cycling {urls.Count} queries (after a 3 s warm-up):");
                o.WriteLine("  " + Summary(http));
                var measureIds = MeasureIds(plans);
                var similar = Time(queries, i => Get(client, $"/api/measures/{measureIds[i % measureIds.Count]}/similar"));
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

    private static SearchRequest ToRequest(string query)
    {
        var p = query.Split('&').Select(kv => kv.Split('=', 2)).ToDictionary(kv => kv[0], kv => kv[1]);
        var parameters = new SearchQuery
        {
            Q = p.GetValueOrDefault("q"), Province = p.GetValueOrDefault("province"), Level = p.GetValueOrDefault("level"), Unit = p.GetValueOrDefault("unit"),
            DeadlineFrom = p.GetValueOrDefault("deadlineFrom"), DeadlineTo = p.GetValueOrDefault("deadlineTo"),
            Page = p.TryGetValue("page", out var page) ? int.Parse(page, CultureInfo.InvariantCulture) : null,
            PageSize = p.TryGetValue("pageSize", out var size) ? int.Parse(size, CultureInfo.InvariantCulture) : null,
        };
        return parameters.Check().Value ?? throw new InvalidOperationException($"bad benchmark query {query}");
    }

    private static string Encode(string query) =>
        string.Join("&", query.Split('&').Select(kv => kv.Split('=', 2)).Select(kv => kv[0] + "=" + Uri.EscapeDataString(kv[1])));

    private static void Get(HttpClient client, string url)
    {
        using var response = client.GetAsync(url).GetAwaiter().GetResult();
        response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"{url}: {(int)response.StatusCode}");
    }

    /// <summary>
    /// Runs <paramref name="action"/> for three seconds untimed, then <paramref name="count"/> timed times. The warm-up is
    /// by time, not count: .NET recompiles hot methods with optimizations only after they have run a while, and a short
    /// warm-up measures the JIT's tiers rather than the search (a 100-call warm-up gave an HTTP p90 three times this one).
    /// The cold cost is in the start-to-first-answer figure.
    /// </summary>
    private static List<TimeSpan> Time(int count, Action<int> action)
    {
        var warm = Stopwatch.StartNew();
        for (var i = 0; warm.Elapsed < TimeSpan.FromSeconds(3); i++)
            action(i);
        var times = new List<TimeSpan>(count);
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            action(i);
            times.Add(Stopwatch.GetElapsedTime(start));
        }
        return times;
    }

    private static string Summary(List<TimeSpan> times) =>
        $"median {Ms(Percentile(times, 0.5))}, p90 {Ms(Percentile(times, 0.9))}, p99 {Ms(Percentile(times, 0.99))}, max {Ms(times.Max())}; "
        + $"{times.Count / times.Sum(t => t.TotalSeconds):N0} per second";

    private static TimeSpan Percentile(List<TimeSpan> times, double p)
    {
        var sorted = times.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    private static string Ms(TimeSpan t) => t.TotalMilliseconds >= 100
        ? $"{t.TotalMilliseconds:N0} ms"
        : string.Create(CultureInfo.InvariantCulture, $"{t.TotalMilliseconds:F2} ms");

    /// <summary>Starts the API from <paramref name="apiPath"/> as a new process on <paramref name="port"/>.</summary>
    private static Process StartApi(string apiPath, int port, string data, string seeds)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.GetFullPath(apiPath), "--urls", $"http://127.0.0.1:{port}", "--data-dir", data, "--seeds", seeds, "--Logging:LogLevel:Default", "Warning" })
            start.ArgumentList.Add(a);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Asks one search until it is answered; throws when the process ends or 60 s pass first.</summary>
    private static TimeSpan WaitForAnswer(HttpClient client, Process process, Stopwatch watch)
    {
        var url = $"/api/search?q={Uri.EscapeDataString("污水管网")}";
        while (watch.Elapsed < TimeSpan.FromSeconds(60) && !process.HasExited)
        {
            try
            {
                using var response = client.GetAsync(url).GetAwaiter().GetResult();
                if (response.StatusCode == HttpStatusCode.OK)
                    return watch.Elapsed;
            }
            catch (HttpRequestException)
            {
            }
            Thread.Sleep(10);
        }
        throw new InvalidOperationException("the API did not answer within 60 s");
    }

    /// <summary>Starts the API as a new process and times it until a search is answered.</summary>
    private static TimeSpan StartToFirstAnswer(string apiPath, string data, string seeds)
    {
        var port = FreePort();
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };
        var watch = Stopwatch.StartNew();
        using var process = StartApi(apiPath, port, data, seeds);
        try
        {
            return WaitForAnswer(client, process, watch);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A temporary folder, removed afterwards.</summary>
    private sealed class Scratch : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("rectify-bench-").FullName;

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
