using System.Globalization;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Rectify.Search.Cli.Benchmarks;

/// <summary>The API started as its own process for the benchmarks, on a free loopback port.</summary>
internal static class ApiProcess
{
    /// <summary>
    /// Starts the API from <paramref name="apiPath"/> as a new process on <paramref name="port"/>. Its read cache is off
    /// unless <paramref name="readCache"/>: a latency figure is that of answers computed, not of answers given again.
    /// </summary>
    public static Process StartApi(string apiPath, int port, string data, string seeds, bool readCache = false)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        string[] cache = readCache ? [] : ["--Rectify:ReadCacheMegabytes", "0"];
        foreach (var a in new[] { Path.GetFullPath(apiPath), "--urls", $"http://127.0.0.1:{port}", "--data-dir", data, "--seeds", seeds, "--Logging:LogLevel:Default", "Warning" }.Concat(cache))
            start.ArgumentList.Add(a);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Asks one search until it is answered; throws when the process ends or 60 s pass first.</summary>
    public static TimeSpan WaitForAnswer(HttpClient client, Process process, Stopwatch watch)
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
    public static TimeSpan StartToFirstAnswer(string apiPath, string data, string seeds)
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

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static void Get(HttpClient client, string url)
    {
        using var response = client.GetAsync(url).GetAwaiter().GetResult();
        response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"{url}: {(int)response.StatusCode}");
    }

    /// <summary>VmRSS and VmHWM (peak) of a process, from /proc, and how much of it is the process's own memory and how much mapped files (the index, the store's map).</summary>
    public static string Memory(int pid)
    {
        var status = $"/proc/{pid}/status";
        if (!File.Exists(status))
            return "memory not readable here";
        var lines = File.ReadAllLines(status);
        string Of(string key) => lines.FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal)) is { } l
            ? (long.Parse(l[(key.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0).ToString("F0", CultureInfo.InvariantCulture) + " MB"
            : "?";
        return $"RSS {Of("VmRSS")}, peak {Of("VmHWM")} (anonymous {Of("RssAnon")}, mapped files {Of("RssFile")})";
    }
}
