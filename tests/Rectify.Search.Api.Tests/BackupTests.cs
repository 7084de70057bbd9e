using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Rectify.Search.Api.Tests.Support;
using Rectify.Search.Service.Operations;
using Rectify.Search.Storage;

namespace Rectify.Search.Api.Tests;

/// <summary>
/// Backup of a live server taking uploads, and restore: the restored store passes SQLite's integrity check, holds every
/// upload acknowledged before the backup began, and a server started on it answers as the original did; a damaged or
/// foreign backup is refused with the reason and writes nothing.
/// </summary>
public sealed class BackupTests : IDisposable
{
    private const string Key = "k-backup-test";
    private readonly ApiServer _api = ApiServer.With(new Dictionary<string, string> { ["Rectify:ApiKey"] = Key, ["Rectify:WritesPerMinute"] = "100000" });
    private readonly TempDirectory _work = new();

    public void Dispose()
    {
        _api.Dispose();
        _work.Dispose();
    }

    /// <summary>A small plan of its own county and number, distinct from every other.</summary>
    private static byte[] Plan(int n) => Encoding.UTF8.GetBytes($"""
        测试{n}号县贯彻落实中央生态环境保护督察反馈问题整改方案
        一、第{n}号城镇污水处理厂进水浓度偏低，配套管网建设滞后{n}公里。
        整改目标：完成管网{n}公里建设，进水化学需氧量浓度提高到{100 + n}毫克每升以上。
        整改时限：2025年12月底前
        牵头单位：测试{n}号县住房和城乡建设局
        整改措施：1.排查老旧管网{n}公里。2.实施雨污分流改造{n}处。
        二、第{n}号养殖场粪污直排问题。
        整改目标：粪污综合利用率达到{80 + n % 10}%。
        整改时限：2024年6月底前
        牵头单位：测试{n}号县农业农村局
        整改措施：1.建设粪污处理设施。2.开展执法检查。
        """);

    private async Task<string> Upload(int n)
    {
        using var response = await _api.Client.SendAsync(Uploads.Request(HttpMethod.Post, "/api/documents", Key, ($"backup-plan-{n}.txt", Plan(n))));
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return $"backup-plan-{n}";
    }

    [Fact]
    public async Task ABackupTakenDuringUploadsRestoresEveryUploadAcknowledgedBeforeIt()
    {
        for (var n = 1; n <= 3; n++)
            await Upload(n);
        var acknowledged = new ConcurrentQueue<(string Id, DateTime At)>();
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            for (var n = 100; !stop.IsCancellationRequested && n < 400; n++)
                acknowledged.Enqueue((await Upload(n), DateTime.UtcNow));
        });
        await Task.Delay(1500);
        var began = DateTime.UtcNow;
        var before = acknowledged.Where(a => a.At < began).Select(a => a.Id).Concat(["backup-plan-1", "backup-plan-2", "backup-plan-3"]).ToList();
        using var response = await _api.Client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/admin/backup") { Headers = { { "X-API-Key", Key } } });
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/zip");
        var backup = Path.Combine(_work.Path, "live.zip");
        await File.WriteAllBytesAsync(backup, await response.Content.ReadAsByteArrayAsync());
        await stop.CancelAsync();
        await writer;
        acknowledged.Count.Should().BeGreaterThan(before.Count - 3, "uploads went on while the backup was taken");

        var restored = Path.Combine(_work.Path, "restored");
        var manifest = Backups.Restore(backup, restored);
        var store = Path.Combine(restored, "rectify.db");
        StoreBackup.Integrity(store).Should().Be("ok");
        var ids = StoreBackup.SourcePaths(store).Select(Path.GetFileNameWithoutExtension).ToHashSet();
        ids.Should().Contain(before, "every upload acknowledged before the backup began is in it");
        manifest.Originals.Should().BeGreaterThanOrEqualTo(before.Count);
        StoreBackup.SourcePaths(store).Where(p => p.Contains("originals")).Should().OnlyContain(p => p.StartsWith(Path.GetFullPath(restored)) && File.Exists(p),
            "the originals came along, under the restored folder");
    }

    [Fact]
    public async Task AServerStartedOnTheRestoredFolderAnswersAsTheOriginalDid()
    {
        var uploaded = await Upload(7);
        var backup = Path.Combine(_work.Path, "quiet.zip");
        Backups.Create(new Service.Knowledge.KnowledgeBaseOptions { DataDirectory = _api.DataDirectory }, backup);
        var restored = Path.Combine(_work.Path, "restored");
        Backups.Restore(backup, restored);

        using var copy = ApiServer.With(new Dictionary<string, string> { ["Rectify:DataDirectory"] = restored });
        foreach (var url in new[] { "/api/search?q=%E6%B1%A1%E6%B0%B4%E7%AE%A1%E7%BD%91&pageSize=20", "/api/search?q=%E7%B2%AA%E6%B1%A1&unit=measure", "/api/documents?pageSize=50",
                     $"/api/documents/{uploaded}", "/api/themes" })
        {
            var (originalStatus, original) = await _api.Get(url);
            var (copyStatus, answer) = await copy.Get(url);
            copyStatus.Should().Be(originalStatus);
            (answer as System.Text.Json.Nodes.JsonObject)?.Remove("tookMs");
            (original as System.Text.Json.Nodes.JsonObject)?.Remove("tookMs");
            (answer.ToJsonString() == original.ToJsonString()).Should().BeTrue($"{url} answers alike (the time it took aside)");
        }
        using var source = await copy.Client.GetAsync($"/api/documents/{uploaded}/source");
        (await source.Content.ReadAsByteArrayAsync()).Should().Equal(Plan(7), "the uploaded original was restored with the store");
    }

    [Fact]
    public void ATruncatedOrForeignBackupIsRefusedWithItsReasonAndNothingIsWritten()
    {
        var backup = Path.Combine(_work.Path, "whole.zip");
        Backups.Create(new Service.Knowledge.KnowledgeBaseOptions { DataDirectory = _api.DataDirectory }, backup);
        var bytes = File.ReadAllBytes(backup);
        var cut = Path.Combine(_work.Path, "cut.zip");
        File.WriteAllBytes(cut, bytes[..(bytes.Length / 2)]);
        var target = Path.Combine(_work.Path, "target");

        var refused = () => Backups.Restore(cut, target);
        refused.Should().Throw<Backups.BackupException>().WithMessage("*is not a whole backup: it is cut short or damaged*");
        File.Exists(Path.Combine(target, "rectify.db")).Should().BeFalse();

        var foreign = Path.Combine(_work.Path, "foreign.zip");
        using (var zip = System.IO.Compression.ZipFile.Open(foreign, System.IO.Compression.ZipArchiveMode.Create))
            zip.CreateEntry("notes.txt");
        ((Action)(() => Backups.Restore(foreign, target))).Should().Throw<Backups.BackupException>().WithMessage("*has no manifest.json: it is not a backup of this project*");

        // A backup whose store was altered after it was taken: its checksum no longer matches.
        var altered = Path.Combine(_work.Path, "altered.zip");
        File.Copy(backup, altered);
        using (var zip = System.IO.Compression.ZipFile.Open(altered, System.IO.Compression.ZipArchiveMode.Update))
        {
            var entry = zip.GetEntry("rectify.db")!;
            byte[] store;
            using (var s = entry.Open())
            using (var m = new MemoryStream()) { s.CopyTo(m); store = m.ToArray(); }
            store[^100] ^= 0xFF;
            entry.Delete();
            using var w = zip.CreateEntry("rectify.db").Open();
            w.Write(store);
        }
        ((Action)(() => Backups.Restore(altered, target))).Should().Throw<Backups.BackupException>().WithMessage("*rectify.db in * is not the file the manifest describes*");
        (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any()).Should().BeFalse("a refused restore leaves nothing behind");
    }
}
