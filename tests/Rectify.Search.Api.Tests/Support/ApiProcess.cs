using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace Rectify.Search.Api.Tests.Support;

/// <summary>
/// The API as a real process (the built Rectify.Search.Api.dll beside the tests), started as the README's first
/// command starts it, on a free loopback port; its log is kept with the time of each line. Killed with SIGKILL, or
/// stopped the same way when disposed.
/// </summary>
public sealed class ApiProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<(TimeSpan At, string Line)> _log = [];
    private readonly Stopwatch _watch = Stopwatch.StartNew();

    private ApiProcess(Process process, int port)
    {
        _process = process;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) };
    }

    public HttpClient Client { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>Time since the process was started.</summary>
    public TimeSpan Elapsed => _watch.Elapsed;

    /// <summary>Starts the API over <paramref name="data"/>, reading <paramref name="seeds"/>, with extra configuration as <c>--key value</c> pairs.</summary>
    public static ApiProcess Start(string data, string seeds, params (string Key, string Value)[] settings)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepoFiles.Root,
        };
        // These processes are fed the seeds under other names as plans of their own (a corpus to crash, grow and time):
        // copies of one notice are not looked for (Rectify:FindCopies; CopiesTests and the upload tests look for them).
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "Rectify.Search.Api.dll"), "--urls", $"http://127.0.0.1:{port}", "--data-dir", data, "--seeds", seeds, "--Rectify:FindCopies", "false" })
            start.ArgumentList.Add(a);
        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}");
            start.ArgumentList.Add(value);
        }
        var process = new Process { StartInfo = start };
        var api = new ApiProcess(process, port);
        process.OutputDataReceived += (_, e) => api.Append(e.Data);
        process.ErrorDataReceived += (_, e) => api.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return api;
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_log)
            _log.Add((_watch.Elapsed, line));
    }

    /// <summary>Everything logged so far.</summary>
    public string Log
    {
        get
        {
            lock (_log)
                return string.Join("\n", _log.Select(l => l.Line));
        }
    }

    /// <summary>When a line containing <paramref name="text"/> was first logged; null when none was.</summary>
    public TimeSpan? LoggedAt(string text)
    {
        lock (_log)
            return _log.FirstOrDefault(l => l.Line.Contains(text, StringComparison.Ordinal)) is { Line: not null } hit ? hit.At : null;
    }

    /// <summary>Waits until <c>/healthz</c> says <c>ok</c> (the index holds every stored plan) and returns its answer.</summary>
    public async Task<JsonNode> WaitUntilHealthy(TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(120));
        string? last = null;
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                using var response = await Client.GetAsync("/healthz");
                last = await response.Content.ReadAsStringAsync();
                var health = JsonNode.Parse(last)!;
                if (response.StatusCode == HttpStatusCode.OK && health["status"]?.GetValue<string>() == "ok")
                    return health;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(25);
        }
        throw new InvalidOperationException($"the API was not healthy in time (exited: {_process.HasExited}; last /healthz: {last ?? "no answer"})\n{Log}");
    }

    /// <summary>Ends the process at once (SIGKILL): nothing of it runs after this returns.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        Kill();
        Client.Dispose();
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
