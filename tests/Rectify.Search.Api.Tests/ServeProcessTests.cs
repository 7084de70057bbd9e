using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Rectify.Search.Api.Tests;

/// <summary>
/// The API as a real process on a loopback port, as the README's first command starts it. On an empty data
/// directory it reads the seeds, builds the index and serves; started again, it reuses that index.
/// </summary>
public sealed class ServeProcessTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task AFirstStartBuildsTheIndexAndASecondStartReusesIt()
    {
        var data = _dir.File("index-data");
        var current = Path.Combine(data, "lucene", "CURRENT");

        var first = await Serve(data);
        first.Log.Should().Contain("Store updated from").And.Contain("Index built: 5 plans, 435 documents");
        first.FirstAnswer.Should().Be(HttpStatusCode.OK);
        var generation = File.ReadAllText(current);

        var second = await Serve(data);
        second.Log.Should().NotContain("Index built").And.NotContain("Store updated");
        second.FirstAnswer.Should().Be(HttpStatusCode.OK);
        File.ReadAllText(current).Should().Be(generation, "an index that matches the store is not rebuilt");
    }

    /// <summary>Starts the API, asks one search once it listens, stops it; returns its log and the answer's status.</summary>
    private static async Task<(string Log, HttpStatusCode FirstAnswer)> Serve(string data)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepoFiles.Root,
        };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "Rectify.Search.Api.dll"), "--urls", $"http://127.0.0.1:{port}", "--data-dir", data })
            start.ArgumentList.Add(a);
        var log = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (true)
            {
                try
                {
                    using var response = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString("污水管网"));
                    lock (log)
                        return (log.ToString(), response.StatusCode);
                }
                catch (HttpRequestException) when (DateTime.UtcNow < deadline && !process.HasExited)
                {
                    await Task.Delay(50);
                }
                catch (HttpRequestException e)
                {
                    lock (log)
                        throw new InvalidOperationException($"the API did not answer: {e.Message}\n{log}");
                }
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
