using System.Diagnostics;
using System.Globalization;
using Rectify.Search.Indexing.Searching;
using Rectify.Search.Service.Comparing;
using Rectify.Search.Service.Knowledge;
using Rectify.Search.Service.Queries;
using Rectify.Search.Service.Requests;
using static Rectify.Search.Cli.Benchmarks.Timing;

namespace Rectify.Search.Cli.Benchmarks;

/// <summary>
/// The knowledge base at N plans: writes a generated corpus (<see cref="CorpusWriter"/>) to a temporary folder — or
/// takes a folder of plan files given, generated another way or real, and leaves it untouched — reads it into a new
/// store and index, then times searches, precedents and comparisons in process, one plan added and one
/// replaced until searchable, and — given the built API — start to first answer, searches over HTTP and the serving
/// process's memory. Prints its figures; everything it wrote is removed at the end.
/// </summary>
internal static class ScaleBenchmark
{
    /// <param name="reuse">A folder an earlier run kept: its store and index are measured again, nothing is generated or read in.</param>
    /// <param name="given">A folder of plan files measured instead of a generated corpus; never written to.</param>
    /// <param name="notices">Single-problem notices generated beside the plans (<see cref="NoticeWriter"/>).</param>
    public static int Run(TextWriter o, int plans, string seeds, string? layouts, int queries, string? apiPath, bool keep = false, string? reuse = null, string? given = null,
        int notices = 0, double layoutShare = 0.2, Records.FigureRecorder? figures = null)
    {
        // The run record's set: what was measured (a corpus given, or so many generated plans and notices).
        var givenName = given is null ? null : Path.GetFileName(Path.GetFullPath(given).TrimEnd('/'));
        var set = givenName is not null ? $"scale-{givenName}" : $"scale-{plans}-plans" + (notices > 0 ? $"-{notices}-notices" : "");
        var title = givenName is not null ? $"scale, the corpus {givenName}" : $"scale, {plans:N0} generated plans" + (notices > 0 ? $" and {notices:N0} notices" : "");
        var record = figures is null ? null : new Action<Records.Figure>(f => figures.Add(set, title, f));
        if (given is not null && !Directory.Exists(given))
        {
            Console.Error.WriteLine($"rectify bench scale: --corpus {given} is not a folder");
            return CliApp.BadArguments;
        }
        using var scratch = reuse is null ? new Scratch { Keep = keep } : new Scratch { Path = Path.GetFullPath(reuse), Keep = true };
        if (scratch.Keep)
            o.WriteLine($"kept in {scratch.Path} (corpus/, data/)");
        var corpus = given is not null ? Path.GetFullPath(given) : Path.Combine(scratch.Path, "corpus");
        var data = Path.Combine(scratch.Path, "data");
        var seedFiles = Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal).ToList();
        var layoutFiles = layouts is not null && Directory.Exists(layouts) ? Directory.GetFiles(layouts, "*.txt").Order(StringComparer.Ordinal).ToList() : [];

        var watch = Stopwatch.StartNew();
        if (reuse is not null)
            return Measure(o, corpus, new KnowledgeBaseOptions { DataDirectory = data, SeedsDirectory = null, FindCopies = false }, seedFiles, queries, apiPath, record);
        long bytes;
        if (given is null)
        {
            bytes = CorpusWriter.Write(corpus, plans, seedFiles, layoutFiles, layoutShare);
            o.WriteLine($"corpus: {plans:N0} plan files, {bytes / 1048576.0:F1} MB, written in {watch.Elapsed.TotalSeconds:F1} s "
                + $"(from {seedFiles.Count} seeds and {layoutFiles.Count} other layouts, {layoutShare:P0} of files)");
            if (notices > 0)
            {
                watch.Restart();
                var noticeBytes = NoticeWriter.Write(corpus, notices, seedFiles.Concat(layoutFiles).ToList());
                bytes += noticeBytes;
                o.WriteLine($"         {notices:N0} single-problem notices, {noticeBytes / 1048576.0:F1} MB, written in {watch.Elapsed.TotalSeconds:F1} s ({NoticeWriter.Layouts} notice layouts)");
            }
        }
        else
        {
            var files = Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories).Select(f => new FileInfo(f)).ToList();
            bytes = files.Sum(f => f.Length);
            o.WriteLine($"corpus: {files.Count:N0} files, {bytes / 1048576.0:F1} MB, given in {corpus}");
        }

        var options = new KnowledgeBaseOptions { DataDirectory = data, SeedsDirectory = null, FindCopies = false };
        using var kb = new KnowledgeBase(options);
        watch.Restart();
        var report = kb.Update([corpus], readBackUnchanged: false);
        var total = watch.Elapsed;
        var index = report.Built?.Elapsed ?? TimeSpan.Zero;
        var ingest = total - index;
        var status = kb.Status();
        var failed = report.Ingested!.Count(Service.Ingestion.FileOutcome.Failed);
        o.WriteLine($"ingest: {status.Documents:N0} plans stored ({failed} failed), {status.Problems:N0} problems, {status.Measures:N0} measures in {ingest.TotalSeconds:F1} s "
            + $"({status.Documents / ingest.TotalSeconds:F1} plans/s, {bytes / 1048576.0 / ingest.TotalSeconds:F2} MB/s)");
        o.WriteLine($"index build: {status.IndexDocuments:N0} documents in {index.TotalSeconds:F1} s; ingest and index {total.TotalSeconds:F1} s in all");
        o.WriteLine($"sizes: store {FolderSize(data, "*.db*") / 1048576.0:F0} MB, index {FolderSize(options.IndexPath, "*") / 1048576.0:F0} MB; "
            + $"peak RSS of this process {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB");

        record?.Invoke(new Records.Figure("ingest and index from scratch", total.TotalSeconds, "s", Headline: true));
        record?.Invoke(new Records.Figure("ingest throughput", status.Documents / ingest.TotalSeconds, "plans/s"));
        kb.Dispose();
        return Measure(o, corpus, options, seedFiles, queries, apiPath, record);
    }

    /// <summary>Everything timed over a built store and index.</summary>
    private static int Measure(TextWriter o, string corpus, KnowledgeBaseOptions options, IReadOnlyList<string> seedFiles, int queries, string? apiPath,
        Action<Records.Figure>? record)
    {
        var data = options.DataDirectory;
        var corpusBytes = Directory.Exists(corpus) ? FolderSize(corpus, "*") : 0;
        if (corpusBytes > 0)
            record?.Invoke(new Records.Figure("store and index on disk, per byte of text", (FolderSize(data, "*.db*") + FolderSize(options.IndexPath, "*")) / (double)corpusBytes, "×", Headline: true));
        o.WriteLine(StorageBreakdown.Describe(Path.Combine(data, "rectify.db"), options.IndexPath, corpusBytes));
        var watch = Stopwatch.StartNew();
        using var kb = new KnowledgeBase(options);
        o.WriteLine();
        var requests = QueryMix.Queries.Select(QueryMix.ToRequest).ToList();
        o.WriteLine($"search in process, {queries:N0} searches cycling {requests.Count} queries:");
        var searchTimes = Time(queries, i => kb.Search(requests[i % requests.Count]));
        o.WriteLine("  " + Summary(searchTimes));
        o.WriteLine("  slowest by median: " + Slowest(searchTimes, QueryMix.Queries));
        var measureIds = kb.Search(new SearchRequest("污水 管网 垃圾 畜禽 扬尘 矿山", SearchUnit.Measure, PageSize: 100))!.Hits.Select(h => h.Measure!.Id).ToList();
        var precedents = measureIds.Select(id => new PrecedentQuery { Id = id }.Check().Value!).ToList();
        o.WriteLine($"precedents in process, {queries:N0} lookups cycling {precedents.Count} measures:");
        o.WriteLine("  " + Summary(Time(queries, i => kb.Precedents(precedents[i % precedents.Count]))));
        foreach (var (theme, format) in new[] { ("sewage-network", "json"), ("fertilizer-reduction", "json"), ("sewage-network", "csv") })
        {
            var request = new CompareQuery { Theme = theme, Format = format }.Check().Value!;
            watch.Restart();
            var response = kb.Compare(request)!;
            var first = watch.Elapsed;
            var again = Enumerable.Range(0, 5).Select(_ => { var s = Stopwatch.StartNew(); kb.Compare(request); return s.Elapsed; }).ToList();
            var rows = request.PageSize is null ? "every row" : $"first {request.PageSize} rows";
            o.WriteLine($"compare theme={theme}, {rows}: {response.Total:N0} plans; first {Ms(first)}, then median {Ms(Percentile(again, 0.5))} over 5");
        }

        o.WriteLine();
        // The added plan has a folder of its own beside the corpus, which is never written to.
        var addedFolder = Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(data)!, "added")).FullName;
        var added = Path.Combine(addedFolder, "zz_added.txt");
        File.Copy(seedFiles[0], added, overwrite: true);
        watch.Restart();
        var update = kb.Update([corpus, addedFolder], readBackUnchanged: false);
        var addTime = watch.Elapsed;
        var found = kb.Search(new SearchRequest(null, DocumentId: "zz_added"))!.Total;
        o.WriteLine($"one plan added until searchable: {Ms(addTime)} (index {(update.Built?.Incremental == true ? "updated in place" : "rebuilt")} in {Ms(update.Built?.Elapsed ?? TimeSpan.Zero)}; {found} problems found)");
        File.AppendAllText(added, "\n附件：补充说明。\n");
        watch.Restart();
        update = kb.Update([corpus, addedFolder], readBackUnchanged: false);
        o.WriteLine($"one plan replaced until searchable: {Ms(watch.Elapsed)} (index {(update.Built?.Incremental == true ? "updated in place" : "rebuilt")} in {Ms(update.Built?.Elapsed ?? TimeSpan.Zero)})");
        o.WriteLine($"peak RSS of this process {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB");

        if (apiPath is null)
        {
            o.WriteLine();
            o.WriteLine("HTTP figures left out: give --api with the built Rectify.Search.Api.dll (dotnet build -c Release src/Rectify.Search.Api).");
            return CliApp.Ok;
        }
        kb.Dispose();
        o.WriteLine();
        var port = ApiProcess.FreePort();
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        watch.Restart();
        using var server = ApiProcess.StartApi(apiPath, port, data, "");
        try
        {
            o.WriteLine($"API (read cache off: every answer computed) start to first answer over the built store and index: {Ms(ApiProcess.WaitForAnswer(client, server, watch))}");
            // What a user meets: the first comparison and themes page after start, then searches from the first one, no
            // warm-up, in rounds of 200.
            foreach (var url in new[] { "/api/compare?theme=sewage-network", "/api/themes", "/api/documents?page=37" })
            {
                var first = Stopwatch.StartNew();
                ApiProcess.Get(client, url);
                var firstCall = first.Elapsed;
                var again = Enumerable.Range(0, 5).Select(_ => { var s = Stopwatch.StartNew(); ApiProcess.Get(client, url); return s.Elapsed; }).ToList();
                o.WriteLine($"GET {url}: first call after start {Ms(firstCall)}, then median {Ms(Percentile(again, 0.5))} over 5");
            }
            var urls = QueryMix.Queries.Select(q => "/api/search?" + QueryMix.Encode(q)).ToList();
            o.WriteLine($"search over HTTP from the first query after start (no warm-up), single client on loopback, {queries:N0} requests cycling {urls.Count} queries:");
            var httpTimes = Cold(queries, i => ApiProcess.Get(client, urls[i % urls.Count]));
            record?.Invoke(new Records.Figure("HTTP search from the first query after start, p50", Percentile(httpTimes.Times, 0.5).TotalMilliseconds, "ms", Headline: true));
            record?.Invoke(new Records.Figure("HTTP search from the first query after start, p99", Percentile(httpTimes.Times, 0.99).TotalMilliseconds, "ms", Headline: true));
            o.WriteLine("  " + Summary(httpTimes.Times));
            o.WriteLine("  by rounds of 200: " + Rounds(httpTimes.Times, 200));
            o.WriteLine("  slowest by median: " + Slowest(httpTimes, QueryMix.Queries));
            o.WriteLine($"precedents over HTTP, {queries:N0} requests cycling {measureIds.Count} measures (no warm-up):");
            var precedentTimes = Cold(queries, i => ApiProcess.Get(client, $"/api/measures/{measureIds[i % measureIds.Count]}/similar")).Times;
            record?.Invoke(new Records.Figure("HTTP precedents of a measure from the first request after start, p50", Percentile(precedentTimes, 0.5).TotalMilliseconds, "ms", Headline: true));
            record?.Invoke(new Records.Figure("HTTP precedents of a measure from the first request after start, p99", Percentile(precedentTimes, 0.99).TotalMilliseconds, "ms"));
            o.WriteLine("  " + Summary(precedentTimes));
            foreach (var url in new[] { "/api/compare?theme=fertilizer-reduction&page=2", "/api/compare?theme=sewage-network&format=csv" })
            {
                var compare = Stopwatch.StartNew();
                ApiProcess.Get(client, url);
                o.WriteLine($"GET {url}, first call: {Ms(compare.Elapsed)}");
            }
            o.WriteLine($"serving process: {ApiProcess.Memory(server.Id)}");
            record?.Invoke(new Records.Figure("serving process RSS", Process.GetProcessById(server.Id).WorkingSet64 / 1048576.0, "MB"));
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            server.WaitForExit();
        }
        return CliApp.Ok;
    }

    private static long FolderSize(string folder, string pattern) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, pattern, SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) : 0;
}
