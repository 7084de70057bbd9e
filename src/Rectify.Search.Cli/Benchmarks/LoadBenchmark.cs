using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Rectify.Search.Service.Knowledge;
using static Rectify.Search.Cli.Benchmarks.Timing;

namespace Rectify.Search.Cli.Benchmarks;

/// <summary>
/// The API under load, as a process on loopback: <c>connections</c> clients, each on a connection of its own, send a
/// mixed workload back to back for a fixed time — searches in both units (a third of them with every facet and a
/// filter), precedents of measures, problems and drafted text, comparisons, the themes page, pages of the plan list, and
/// reads of plans, problems and measures — every read endpoint — asking for Brotli or gzip as
/// browsers do. Over a generated corpus of N plans (<see cref="CorpusWriter"/>), or the store and index a
/// <c>bench scale --keep</c> run left. Prints throughput, errors, latency by kind (median, p90, p99) and how much of
/// the answers came compressed. Any error (a 4xx or 5xx, a reset, a timeout) is counted and makes the exit code 1.
/// </summary>
internal static class LoadBenchmark
{
    /// <summary>The share of each kind of request in the mix, out of 100.</summary>
    private static readonly (string Kind, int Share)[] Mix =
    [
        ("search", 25), ("search+facets", 10), ("precedents", 10), ("drafted", 5), ("compare", 5), ("themes", 5), ("list", 5),
        ("plan", 15), ("problem", 10), ("measure", 10),
    ];

    /// <summary>Texts a drafter types, sent to <c>POST /api/similar</c> (precedents by drafted text).</summary>
    private static readonly string[] Drafted =
    [
        "禁止养殖的区域里还有猪场鸡场没有清退", "城镇污水管网不配套，雨水污水混在一起排", "废弃矿山没有复绿，边坡有安全隐患",
        "农田化肥用量太大，要推广测土配方", "工业园区污水处理厂进水浓度低", "燃煤锅炉淘汰不到位，冬季空气质量差",
    ];

    public static int Run(TextWriter o, int plans, string seeds, string? layouts, string apiPath, int connections, TimeSpan duration, TimeSpan warmUp, string? reuse, bool keep = false,
        Records.FigureRecorder? figures = null, bool readCache = true)
    {
        using var scratch = reuse is null ? new Scratch { Keep = keep } : new Scratch { Path = Path.GetFullPath(reuse), Keep = true };
        if (keep && reuse is null)
            o.WriteLine($"kept in {scratch.Path} (corpus/, data/): --reuse it to run again without generating");
        var data = Path.Combine(scratch.Path, "data");
        if (reuse is null)
        {
            var corpus = Path.Combine(scratch.Path, "corpus");
            var seedFiles = Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal).ToList();
            var layoutFiles = layouts is not null && Directory.Exists(layouts) ? Directory.GetFiles(layouts, "*.txt").Order(StringComparer.Ordinal).ToList() : [];
            var watch = Stopwatch.StartNew();
            CorpusWriter.Write(corpus, plans, seedFiles, layoutFiles);
            using (var kb = new KnowledgeBase(new KnowledgeBaseOptions { DataDirectory = data, SeedsDirectory = null, FindCopies = false }))
                kb.Update([corpus], readBackUnchanged: false);
            o.WriteLine($"corpus: {plans:N0} generated plans stored and indexed in {watch.Elapsed.TotalSeconds:F0} s");
        }
        else if (!File.Exists(Path.Combine(data, "rectify.db")))
        {
            Console.Error.WriteLine($"rectify bench load: --reuse {reuse} holds no data/rectify.db (a folder a 'bench scale --keep' run left)");
            return CliApp.BadArguments;
        }

        var port = ApiProcess.FreePort();
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var client = new HttpClient(handler) { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        using var server = ApiProcess.StartApi(apiPath, port, data, "", readCache);
        try
        {
            var started = Stopwatch.StartNew();
            o.WriteLine($"API ready in {Ms(ApiProcess.WaitForAnswer(client, server, started))}");
            var targets = Targets(client);
            o.WriteLine($"workload: {string.Join(", ", Mix.Select(m => $"{m.Kind} {m.Share} %"))}; {targets.Values.Sum(t => t.Count):N0} distinct requests");
            // Before the warm-up, so that each kind's cost is that of answers computed, not given again from the cache.
            Costs(o, client, server, targets);
            o.WriteLine($"{connections} connections, {warmUp.TotalSeconds:F0} s warm-up (not counted), then {duration.TotalSeconds:F0} s, read cache {(readCache ? "on" : "off")}:");
            Drive(client, targets, connections, warmUp, 1);
            var result = Drive(client, targets, connections, duration, 2);
            Report(o, result, duration);
            o.WriteLine($"serving process after the run: {ApiProcess.Memory(server.Id)}");
            if (figures is not null)
            {
                // The set names the store served: a kept folder's plan count, else the plans generated.
                var served = new Service.Knowledge.KnowledgeBaseOptions { DataDirectory = data };
                var count = Storage.StoreBackup.Count(served.DatabasePath).Documents;
                var set = $"load-{count}-plans-{connections}-connections" + (readCache ? "" : "-no-read-cache");
                var title = $"mixed load over every read endpoint, {count:N0} plans, {connections} connections" + (readCache ? "" : ", read cache off (every answer computed)");
                var all = result.Times.Values.SelectMany(t => t).ToList();
                figures.Add(set, title,
                    new Records.Figure("answers per second", all.Count / duration.TotalSeconds, "req/s", Headline: true),
                    new Records.Figure("p99", Percentile(all, 0.99).TotalMilliseconds, "ms", Headline: true),
                    new Records.Figure("p50", Percentile(all, 0.5).TotalMilliseconds, "ms"),
                    new Records.Figure("errors", result.Errors.Count, "errors"),
                    new Records.Figure("answers from the read cache", 100.0 * result.FromCache / Math.Max(1, result.Answers), "%"));
            }
            return result.Errors.IsEmpty ? CliApp.Ok : CliApp.SomeFailed;
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            server.WaitForExit();
        }
    }

    /// <summary>A POST to <c>/api/similar</c> is written as this prefix and its JSON body.</summary>
    private const string DraftedTarget = "POST /api/similar ";

    /// <summary>The URLs of each kind, from the corpus itself: ids of plans, problems and measures that searches find.</summary>
    private static Dictionary<string, List<string>> Targets(HttpClient client)
    {
        var searches = QueryMix.Queries.Select(q => "/api/search?" + QueryMix.Encode(q)).ToList();
        var problems = new List<string>();
        var measures = new List<string>();
        var plans = new HashSet<string>(StringComparer.Ordinal);
        foreach (var words in new[] { "污水 管网", "矿山 修复", "化肥 减量", "扬尘", "两高项目", "黑臭水体", "畜禽 养殖", "秸秆" })
        {
            using var doc = JsonDocument.Parse(client.GetStringAsync($"/api/search?q={Uri.EscapeDataString(words)}&pageSize=50").GetAwaiter().GetResult());
            foreach (var hit in doc.RootElement.GetProperty("hits").EnumerateArray())
            {
                problems.Add(hit.GetProperty("problem").GetProperty("id").GetString()!);
                plans.Add(hit.GetProperty("document").GetProperty("id").GetString()!);
                foreach (var m in hit.GetProperty("measures").EnumerateArray())
                    measures.Add(m.GetProperty("measure").GetProperty("id").GetString()!);
            }
        }
        string E(string s) => Uri.EscapeDataString(s);
        return new Dictionary<string, List<string>>(StringComparer.Ordinal)
        {
            ["search"] = searches,
            ["search+facets"] = [.. QueryMix.Queries.Where(q => q.StartsWith("q=", StringComparison.Ordinal))
                .SelectMany(q => new[] { "province=江西省", "level=county", "theme=sewage-network" }.Select(f => $"/api/search?{QueryMix.Encode(q)}&{f.Split('=')[0]}={E(f.Split('=')[1])}&facets=all"))],
            ["precedents"] = [.. measures.Take(200).Select(id => $"/api/measures/{E(id)}/similar"), .. problems.Take(100).Select(id => $"/api/problems/{E(id)}/similar")],
            ["compare"] = [.. new[] { "sewage-network", "fertilizer-reduction", "mine-restoration", "two-high" }.SelectMany(t => new[] { $"/api/compare?theme={t}", $"/api/compare?theme={t}&page=2" })],
            ["drafted"] = [.. Drafted.Select(text => DraftedTarget + JsonSerializer.Serialize(new { text, k = 10 }))],
            ["themes"] = ["/api/themes"],
            ["list"] = [.. Enumerable.Range(1, 20).Select(page => $"/api/documents?page={page}")],
            ["plan"] = [.. plans.Select(id => $"/api/documents/{E(id)}")],
            ["problem"] = [.. problems.Select(id => $"/api/problems/{E(id)}")],
            ["measure"] = [.. measures.Select(id => $"/api/measures/{E(id)}")],
        };
    }

    private sealed class Result
    {
        public readonly Dictionary<string, List<TimeSpan>> Times = new(StringComparer.Ordinal);
        public readonly System.Collections.Concurrent.ConcurrentBag<string> Errors = [];
        public long Bytes;
        public long Compressed;
        public long Answers;
        public long FromCache;
    }

    /// <summary>Runs the mix on <paramref name="connections"/> clients for <paramref name="duration"/>.</summary>
    private static Result Drive(HttpClient client, Dictionary<string, List<string>> targets, int connections, TimeSpan duration, int round)
    {
        var result = new Result();
        var kinds = Mix.SelectMany(m => Enumerable.Repeat(m.Kind, m.Share)).ToArray();
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, connections).Select(w => Task.Run(async () =>
        {
            var random = new Random(round * 1000 + w);
            var times = new Dictionary<string, List<TimeSpan>>(StringComparer.Ordinal);
            long bytes = 0, compressed = 0, answers = 0, fromCache = 0;
            while (Stopwatch.GetTimestamp() < deadline)
            {
                var kind = kinds[random.Next(kinds.Length)];
                var list = targets[kind];
                var url = list[random.Next(list.Count)];
                var start = Stopwatch.GetTimestamp();
                try
                {
                    var (status, length, encoded, cached) = await Send(client, url);
                    var elapsed = Stopwatch.GetElapsedTime(start);
                    if (!times.TryGetValue(kind, out var t))
                        times[kind] = t = [];
                    t.Add(elapsed);
                    bytes += length;
                    answers++;
                    if (encoded)
                        compressed++;
                    if (cached)
                        fromCache++;
                    if (status != HttpStatusCode.OK)
                        result.Errors.Add($"{url} → {(int)status}");
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    result.Errors.Add($"{url} → {e.GetType().Name}: {e.Message}");
                }
            }
            lock (result)
            {
                foreach (var (kind, t) in times)
                {
                    if (!result.Times.TryGetValue(kind, out var all))
                        result.Times[kind] = all = [];
                    all.AddRange(t);
                }
                result.Bytes += bytes;
                result.Compressed += compressed;
                result.Answers += answers;
                result.FromCache += fromCache;
            }
        })).ToArray();
        Task.WaitAll(workers);
        return result;
    }

    /// <summary>One request of the mix (a GET, or a drafted text POSTed), asking for compression as browsers do: status, bytes, whether compressed.</summary>
    private static async Task<(HttpStatusCode Status, int Length, bool Compressed, bool Cached)> Send(HttpClient client, string url)
    {
        using var request = url.StartsWith(DraftedTarget, StringComparison.Ordinal)
            ? new HttpRequestMessage(HttpMethod.Post, "/api/similar") { Content = new StringContent(url[DraftedTarget.Length..], System.Text.Encoding.UTF8, "application/json") }
            : new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "br, gzip");
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();
        return (response.StatusCode, body.Length, response.Content.Headers.ContentEncoding.Count > 0, response.Headers.Contains("X-Read-Cache"));
    }

    /// <summary>
    /// What each kind costs alone, one request at a time before the load (the first time each is asked): the median time of an answer and the serving
    /// process's CPU time per request (from /proc), and what the mix's weighted CPU allows on this machine's cores —
    /// the ceiling of throughput when the server, not the client, is the limit.
    /// </summary>
    private static void Costs(TextWriter o, HttpClient client, Process server, Dictionary<string, List<string>> targets, int perKind = 40)
    {
        o.WriteLine($"cost of each kind alone (up to {perKind} requests of it, each asked once, one at a time; the serving process's CPU per request):");
        double weighted = 0;
        foreach (var (kind, share) in Mix)
        {
            var asked = targets[kind].Distinct(StringComparer.Ordinal).Take(perKind).ToList();
            var times = new List<TimeSpan>();
            server.Refresh();
            var cpu = server.TotalProcessorTime;
            foreach (var url in asked)
            {
                var start = Stopwatch.GetTimestamp();
                Send(client, url).GetAwaiter().GetResult();
                times.Add(Stopwatch.GetElapsedTime(start));
            }
            server.Refresh();
            var perRequest = (server.TotalProcessorTime - cpu).TotalMilliseconds / asked.Count;
            weighted += share / 100.0 * perRequest;
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {kind,-14} {asked.Count,3} asked  median {Percentile(times, 0.5).TotalMilliseconds,7:F1} ms  CPU {perRequest,7:F1} ms"));
        }
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  the mix computed: {weighted:F1} ms of server CPU per request, at most ≈ {Environment.ProcessorCount * 1000 / Math.Max(0.1, weighted):N0} answers/s on {Environment.ProcessorCount} cores without the read cache"));
    }

    private static void Report(TextWriter o, Result result, TimeSpan duration)
    {
        var all = result.Times.Values.SelectMany(t => t).ToList();
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {all.Count:N0} answers, {all.Count / duration.TotalSeconds:N0} per second, {result.Errors.Count} errors; "
            + $"{result.Bytes / duration.TotalSeconds / 1048576:F1} MB/s sent, {100.0 * result.Compressed / Math.Max(1, result.Answers):F0} % of answers compressed, "
            + $"{100.0 * result.FromCache / Math.Max(1, result.Answers):F0} % given again from the read cache"));
        o.WriteLine($"  {"all",-14} {Line(all)}");
        foreach (var (kind, _) in Mix)
        {
            if (result.Times.TryGetValue(kind, out var t))
                o.WriteLine($"  {kind,-14} {Line(t)}");
        }
        foreach (var error in result.Errors.Distinct().Take(10))
            o.WriteLine($"  error: {error}");
    }

    private static string Line(List<TimeSpan> times)
    {
        double P(double p) => Percentile(times, p).TotalMilliseconds;
        return string.Create(CultureInfo.InvariantCulture, $"{times.Count,8:N0}  median {P(0.5),7:F1} ms  p90 {P(0.9),7:F1} ms  p99 {P(0.99),7:F1} ms  max {times.Max().TotalMilliseconds,7:F0} ms");
    }
}
