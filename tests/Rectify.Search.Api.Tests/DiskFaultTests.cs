using System.Net;
using System.Text.Json.Nodes;
using Rectify.Search.Api.Tests.Support;
using Xunit.Abstractions;
using static Rectify.Search.Tests.Shared.SeedIds;

namespace Rectify.Search.Api.Tests;

/// <summary>
/// The data directory on a small filesystem made for the test: filled up, and made read-only, under the running
/// server, and read-only from the start. Writes that cannot be kept get a 503 that says why; nothing is half stored;
/// searches and reads go on; once the space is back the index catches up with the store by itself.
/// </summary>
public sealed class DiskFaultTests(ITestOutputHelper output)
{
    private const string Key = "k-disk";

    private static ApiServer Serve(string data) => ApiServer.With(new Dictionary<string, string>
    {
        ["Rectify:DataDirectory"] = data,
        ["Rectify:ApiKey"] = Key,
        ["Rectify:WritesPerMinute"] = "1000",
        ["Rectify:CatchUpSeconds"] = "1",
        // The uploads here are the seeds under other names, plans of their own for these tests.
        ["Rectify:FindCopies"] = "false",
    });

    private static Task<HttpResponseMessage> Upload(ApiServer api, string name, string seed) =>
        api.Client.SendAsync(Uploads.Request(HttpMethod.Post, "/api/documents", Key, (name, File.ReadAllBytes(RepoFiles.Seed(seed)))));

    /// <summary>A search and a plan read, both answered from what was there.</summary>
    private static async Task ReadsGoOn(ApiServer api)
    {
        var search = await api.Get($"/api/search?q={E("污水管网")}");
        search.Status.Should().Be(HttpStatusCode.OK);
        search.Body["total"].Int().Should().BeGreaterThan(0);
        (await api.Get($"/api/documents/{Xingguo}")).Status.Should().Be(HttpStatusCode.OK);
    }

    [MountFact]
    public async Task OnAFullDiskAnUploadIs503NothingIsHalfStoredReadsGoOnAndTheIndexCatchesUpOnceThereIsSpace()
    {
        using var disk = new SmallFilesystem(64L * 1024 * 1024);
        using var api = Serve(Path.Combine(disk.Path, "data"));
        (await api.Get("/healthz")).Body["status"].Str().Should().Be("ok");

        disk.Fill(leave: 0);
        using (var full = await Upload(api, "full-disk.txt", Suixian))
        {
            full.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
            full.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
            var file = JsonNode.Parse(await full.Content.ReadAsStringAsync())!["files"]![0]!;
            (file["refusal"].Str(), file["error"].Str()).Should().Be(("storage-failed", "the server could not store it (the server's disk is full); nothing of this request was stored: try again, and tell the server's operator if it fails again (the log says why)"));
        }
        (await api.Get("/api/documents/full-disk")).Status.Should().Be(HttpStatusCode.NotFound);
        await ReadsGoOn(api);

        // Less and less room: the original, the store's rows and the index's segment each fail in turn.
        var outcomes = new List<string>();
        var stored = new List<string>();
        foreach (var kb in new[] { 16, 64, 128, 256, 384, 512, 768, 1024, 2048, 4096 })
        {
            disk.Fill(leave: kb * 1024L);
            var id = $"room-{kb}k";
            using var response = await Upload(api, id + ".txt", Suixian);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            var health = (await api.Get("/healthz")).Body;
            var read = (await api.Get($"/api/documents/{id}")).Status;
            outcomes.Add($"{kb} KB free: {(int)response.StatusCode} {body["files"]?[0]?["refusal"] ?? body["files"]?[0]?["outcome"]}"
                + $"{(body["indexError"] is { } e ? $", index not updated ({e})" : "")}; /healthz {health["status"]}; plan {(int)read}");
            if (response.StatusCode == HttpStatusCode.Created)
            {
                read.Should().Be(HttpStatusCode.OK, "an acknowledged upload is stored");
                stored.Add(id);
                if (body["indexError"] is not null)
                    (health["status"].Str(), health["lastFailure"].Str()).Should().Match<(string, string)>(h => h.Item1 == "stale-index" && h.Item2.Contains("No space left on device"));
            }
            else
            {
                response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
                read.Should().Be(HttpStatusCode.NotFound, "a refused upload stores nothing");
            }
            await ReadsGoOn(api);
        }
        foreach (var line in outcomes)
            output.WriteLine(line);

        disk.Empty();
        var caughtUp = await WaitForHealth(api, "ok");
        caughtUp["indexCurrent"]!.GetValue<bool>().Should().BeTrue();
        foreach (var id in stored)
        {
            var problems = (await api.Get($"/api/documents/{id}")).Body["document"]!["problemCount"].Int();
            (await api.Get($"/api/search?documentId={id}&pageSize=1")).Body["total"].Int().Should().Be(problems, $"{id} is in the index once there is room");
        }
        using var again = await Upload(api, "after-the-disk-was-freed.txt", Suixian);
        again.StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [MountFact]
    public async Task WhenTheFolderOfOriginalsTurnsReadOnlyUnderTheServerWritesAre503AndReadsGoOn()
    {
        // Linux will not remount a filesystem read-only while a process writes to it (the store's file is open), so the
        // folder where uploads are kept becomes a read-only mount of its own under the running server.
        using var disk = new SmallFilesystem(64L * 1024 * 1024);
        var data = Path.Combine(disk.Path, "data");
        using var api = Serve(data);
        (await api.Get("/healthz")).Body["status"].Str().Should().Be("ok");

        using (var originals = new SmallFilesystem(1024 * 1024, at: Path.Combine(data, "originals")))
        {
            originals.ReadOnly();
            using var refused = await Upload(api, "plan.txt", Suixian);
            refused.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
            var file = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["files"]![0]!;
            (file["refusal"].Str(), file["error"].Str()).Should().Be(("storage-failed", "the server could not store it (the data folder's file system is read-only); nothing of this request was stored: try again, and tell the server's operator if it fails again (the log says why)"));
            (await api.Get("/api/documents/plan")).Status.Should().Be(HttpStatusCode.NotFound);
            await ReadsGoOn(api);
            (await api.Get("/healthz")).Body["status"].Str().Should().Be("ok");
        }

        using var accepted = await Upload(api, "plan.txt", Suixian);
        accepted.StatusCode.Should().Be(HttpStatusCode.Created);
        (await api.Get("/api/search?documentId=plan&pageSize=1")).Body["total"].Int().Should().BeGreaterThan(0);
    }

    [MountFact]
    public async Task StartedOnAReadOnlyDataDirectoryTheServerServesWhatIsThereAndRefusesWritesSayingWhy()
    {
        using var disk = new SmallFilesystem(64L * 1024 * 1024);
        var data = Path.Combine(disk.Path, "data");
        using (var first = Serve(data))
            (await first.Get("/healthz")).Body["status"].Str().Should().Be("ok");
        disk.ReadOnly();

        using var api = Serve(data);
        await ReadsGoOn(api);
        var health = (await api.Get("/healthz")).Body;
        (health["status"].Str(), health["documents"].Int(), health["indexCurrent"]!.GetValue<bool>(), health["writes"]!.GetValue<bool>()).Should().Be(("ok", 5, true, false));
        using var refused = await Upload(api, "plan.txt", Suixian);
        refused.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["detail"].Str().Should()
            .Be("plan.txt: the server's data directory is read-only: it serves the plans stored there and takes no uploads, replacements or deletions");
        api.Logs.Entries.Select(e => e.Fields.GetValueOrDefault("{OriginalFormat}") as string).Should()
            .Contain("Data directory {Data} is read-only: serving its store and index as they are; seeds are not read and writes are refused");
    }

    private static async Task<JsonNode> WaitForHealth(ApiServer api, string status)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        JsonNode health;
        do
        {
            health = (await api.Get("/healthz")).Body;
            if (health["status"].Str() == status)
                return health;
            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);
        throw new InvalidOperationException($"/healthz did not say {status} within 30 s: {health.ToJsonString()}");
    }
}
