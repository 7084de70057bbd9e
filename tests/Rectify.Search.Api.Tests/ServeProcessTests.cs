using System.Net;
using Rectify.Search.Api.Tests.Support;

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
        first.Log.Should().Contain("Store updated from").And.Contain("Index built: 5 plans, 343 documents");
        first.FirstAnswer.Should().Be(HttpStatusCode.OK);
        var generation = File.ReadAllText(current);

        var second = await Serve(data);
        second.Log.Should().NotContain("Index built").And.NotContain("Store updated");
        second.FirstAnswer.Should().Be(HttpStatusCode.OK);
        File.ReadAllText(current).Should().Be(generation, "an index that matches the store is not rebuilt");
    }

    /// <summary>Starts the API, asks one search once it is healthy, stops it; returns its log and the answer's status.</summary>
    private static async Task<(string Log, HttpStatusCode FirstAnswer)> Serve(string data)
    {
        using var api = ApiProcess.Start(data, Path.Combine(RepoFiles.Root, "seeds"));
        await api.WaitUntilHealthy();
        using var response = await api.Client.GetAsync("/api/search?q=" + Uri.EscapeDataString("污水管网"));
        return (api.Log, response.StatusCode);
    }
}
