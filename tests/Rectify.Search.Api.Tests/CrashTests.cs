using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Rectify.Search.Api.Tests.Support;
using Xunit.Abstractions;

namespace Rectify.Search.Api.Tests;

/// <summary>
/// The API as a real process, killed with SIGKILL at random moments — while it reads a folder of plans into an empty
/// store and builds the index, while it reads a batch of new plans and updates the index in place, and while clients
/// upload, replace and delete plans — then started again. After each kill the store is checked as the killed process
/// left it: SQLite's integrity and foreign-key checks pass and every stored plan has all of its rows (problems,
/// measures, units, targets, sections, themes, leaders, diagnostics: the counts of its version). After each restart: every plan
/// stored or acknowledged before the kill is there in the acknowledged version, every kept original is whole, and
/// the index catches up by itself (<c>/healthz</c> ok, and a search of each plan finds each of its problems).
/// 9 kill points here (a fixed seed, so a failure replays); RECTIFY_CRASH_KILLS=60 for the full run the README reports.
/// </summary>
public sealed class CrashTests(ITestOutputHelper output) : IDisposable
{
    private const string Key = "k-crash";
    private const int Copies = 6;
    private static readonly string[] Tables = ["problems", "measures", "units", "targets", "sections", "themes", "leaders", "diagnostics"];

    private readonly TempDirectory _dir = new();
    private readonly List<string> _outcomes = [];
    private readonly List<string> _failures = [];
    private readonly List<string> _killed = []; // what each killed process was doing

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task KilledAtRandomMomentsNoPlanIsHalfStoredNothingAcknowledgedIsLostAndTheIndexCatchesUp()
    {
        var kills = int.TryParse(Environment.GetEnvironmentVariable("RECTIFY_CRASH_KILLS"), out var n) ? n : 9;
        var perKind = (kills + 2) / 3;
        var random = new Random(20261202);
        var seeds = Rectify.Search.Tests.Shared.SeedIds.All;
        var corpus = Directory.CreateDirectory(_dir.File("corpus")).FullName;
        foreach (var (seed, copy) in seeds.SelectMany(s => Enumerable.Range(0, Copies).Select(c => (s, c))))
            File.Copy(RepoFiles.Seed(seed), Path.Combine(corpus, $"c{copy:D2}_{seed}.txt"));

        // Starts without kills: the reference store (each version's rows), then a second start into another empty
        // folder for when the phases end (the first start of a run reads its files cold and takes twice as long).
        var reference = _dir.File("reference");
        using (var api = ApiProcess.Start(reference, corpus))
            await api.WaitUntilHealthy();
        TimeSpan reading, stored, built;
        using (var api = ApiProcess.Start(_dir.File("a-timing"), corpus))
        {
            await api.WaitUntilHealthy();
            (reading, stored, built) = (api.LoggedAt("Reading plans")!.Value, api.LoggedAt("Store updated")!.Value, api.LoggedAt("Index built")!.Value);
            output.WriteLine($"timing: {seeds.Count * Copies} plans read from {reading.TotalSeconds:F1} s, stored at {stored.TotalSeconds:F1} s, index built at {built.TotalSeconds:F1} s");
        }
        var versions = Signatures(reference);
        versions.Should().HaveCount(seeds.Count, "the copies of a seed are one version");
        // What an upload of each seed's bytes is stored as: the version of its copies.
        var stores = ContentHashes(reference);
        var batch = seeds.Select(s => (File.ReadAllBytes(RepoFiles.Seed(s)), stores[$"c00_{s}"])).ToList();

        // 1. Reading a folder into an empty store, then the first index build: every other kill at a random moment after
        // the log says plans are being read, the others at a random moment after it says the store is updated.
        for (var k = 0; k < perKind; k++)
        {
            var data = _dir.File($"a{k}");
            var (after, delay) = k % 2 == 0 ? ("Reading plans", Between(random, TimeSpan.Zero, stored - reading)) : ("Store updated", Between(random, TimeSpan.Zero, built - stored));
            var state = await KillAt(data, corpus, after, delay, versions);
            await RestartAndCheck($"ingest+build #{k}", state, data, corpus, versions, corpus: seeds.Count * Copies);
        }

        // 2. A batch of 10 new plans read into the built store, the index updated in place.
        TimeSpan batchReading, batchStored, updated;
        var timing = _dir.File("b-timing");
        CopyFolder(reference, timing);
        var grown = Grow(corpus, "b-timing-seeds");
        using (var api = ApiProcess.Start(timing, grown))
        {
            await api.WaitUntilHealthy();
            (batchReading, batchStored, updated) = (api.LoggedAt("Reading plans")!.Value, api.LoggedAt("Store updated")!.Value,
                api.LoggedAt("Index updated") ?? throw new InvalidOperationException("the batch was not indexed in place:\n" + api.Log));
        }
        for (var k = 0; k < perKind; k++)
        {
            var data = _dir.File($"b{k}");
            CopyFolder(reference, data);
            var seedsFolder = Grow(corpus, $"b{k}-seeds");
            var (after, delay) = k % 2 == 0 ? ("Reading plans", Between(random, TimeSpan.Zero, batchStored - batchReading)) : ("Store updated", Between(random, TimeSpan.Zero, updated - batchStored));
            var state = await KillAt(data, seedsFolder, after, delay, versions);
            await RestartAndCheck($"batch+update #{k}", state, data, seedsFolder, versions, corpus: seeds.Count * Copies + 10);
        }

        // 3. Uploads, replacements and deletions from two clients.
        for (var k = 0; k < perKind; k++)
        {
            var data = _dir.File($"c{k}");
            CopyFolder(reference, data);
            await KillDuringUploads($"uploads #{k}", data, corpus, versions, batch, random);
        }

        output.WriteLine($"{_killed.Count} kills: " + string.Join(", ", _killed.GroupBy(d => d).Select(g => $"{g.Count()} {g.Key}")) + $"; {_failures.Count} failures");
        foreach (var line in _outcomes)
            output.WriteLine(line);
        _failures.Should().BeEmpty();
    }

    /// <summary>The corpus and 10 more plans (two copies of each seed under new names) in a folder of their own.</summary>
    private string Grow(string corpus, string name)
    {
        var folder = Directory.CreateDirectory(_dir.File(name)).FullName;
        foreach (var file in Directory.GetFiles(corpus))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        foreach (var (seed, copy) in Rectify.Search.Tests.Shared.SeedIds.All.SelectMany(s => new[] { (s, 0), (s, 1) }))
            File.Copy(RepoFiles.Seed(seed), Path.Combine(folder, $"new{copy}_{seed}.txt"));
        return folder;
    }

    /// <summary>
    /// Starts the API, kills it <paramref name="delay"/> after it logged <paramref name="after"/>, and checks the store
    /// it left. What it was doing is read from its log.
    /// </summary>
    private async Task<KillState> KillAt(string data, string seeds, string after, TimeSpan delay, IReadOnlyDictionary<string, string> versions)
    {
        using var api = ApiProcess.Start(data, seeds);
        TimeSpan? from = null;
        while (!api.HasExited && (from is null || api.Elapsed < from + delay) && api.Elapsed < TimeSpan.FromSeconds(120))
        {
            from ??= api.LoggedAt(after);
            await Task.Delay(2);
        }
        var at = api.Elapsed;
        var log = api.Log;
        api.Kill();
        var doing = log.Contains("Index built", StringComparison.Ordinal) || log.Contains("Index updated", StringComparison.Ordinal) ? "serving"
            : log.Contains("Store updated", StringComparison.Ordinal) ? "indexing"
            : "reading plans";
        return Inspect(data, versions, doing) with { At = at };
    }

    /// <summary>What the killed process left: which plans are stored in which version, whole; failures noted.</summary>
    private KillState Inspect(string data, IReadOnlyDictionary<string, string> versions, string doing)
    {
        var database = Path.Combine(data, "rectify.db");
        if (!File.Exists(database))
            return new KillState(doing, new Dictionary<string, string>());
        var plans = new Dictionary<string, string>(StringComparer.Ordinal);
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        Check(Scalar(connection, "PRAGMA integrity_check;") == "ok", $"{data}: integrity_check failed");
        Check(Scalar(connection, "PRAGMA foreign_key_check;") is null, $"{data}: foreign_key_check found rows without their plan");
        if (Scalar(connection, "SELECT name FROM sqlite_master WHERE name = 'documents';") is null)
            return new KillState(doing, plans);
        foreach (var (id, hash, signature) in Rows(connection))
        {
            plans[id] = hash;
            Check(versions.TryGetValue(hash, out var whole) && whole == signature, $"{data}: plan {id} is stored with rows {signature}, its version has {(whole ?? "no reference")}");
        }
        return new KillState(doing, plans);
    }

    /// <summary>Starts the API again over what the kill left, waits until the index has caught up, and checks it.</summary>
    private async Task RestartAndCheck(string what, KillState killed, string data, string seeds, IReadOnlyDictionary<string, string> versions, int corpus)
    {
        using var api = ApiProcess.Start(data, seeds);
        var health = await api.WaitUntilHealthy();
        var recovered = api.Elapsed;
        var after = Inspect(data, versions, "after restart");
        Check(after.Plans.Count == corpus && health["documents"]!.GetValue<int>() == corpus, $"{what}: {after.Plans.Count} plans after the restart, {corpus} in the folder");
        foreach (var (id, hash) in killed.Plans)
            Check(after.Plans.GetValueOrDefault(id) == hash, $"{what}: plan {id}, stored before the kill, is not there after it");
        await CheckIndex(what, api, health, after);
        _killed.Add($"{what.Split(' ')[0]} while {killed.Doing}");
        _outcomes.Add($"{what}: killed at {killed.At.TotalSeconds:F2} s while {killed.Doing}, {killed.Plans.Count} plans stored; restarted, ready in {recovered.TotalSeconds:F1} s with {after.Plans.Count}");
    }

    /// <summary>Asks the restarted API, plan by plan, that its index holds each stored plan's problems.</summary>
    private async Task CheckIndex(string what, ApiProcess api, JsonNode health, KillState stored)
    {
        Check(health["indexCurrent"]!.GetValue<bool>(), $"{what}: the index is not current after the restart");
        foreach (var (id, _) in stored.Plans)
        {
            var detail = JsonNode.Parse(await api.Client.GetStringAsync($"/api/documents/{Uri.EscapeDataString(id)}"))!;
            var search = JsonNode.Parse(await api.Client.GetStringAsync($"/api/search?documentId={Uri.EscapeDataString(id)}&pageSize=1"))!;
            Check(search["total"]!.GetValue<int>() == detail["document"]!["problemCount"]!.GetValue<int>(), $"{what}: the index holds {search["total"]} problems of {id}, the store {detail["document"]!["problemCount"]}");
        }
    }

    /// <summary>
    /// Two clients upload new plans, replace and delete their own; the API is killed at a random moment. Each answered
    /// write is acknowledged; a write without an answer may or may not have happened. After the restart every plan is
    /// in its acknowledged version (or, with a write under way, in the version that write sent), every kept original
    /// is whole, and the index agrees.
    /// </summary>
    private async Task KillDuringUploads(string what, string data, string seeds, IReadOnlyDictionary<string, string> versions, IReadOnlyList<(byte[] Bytes, string Hash)> batch, Random random)
    {
        var settings = new[] { ("Rectify:ApiKey", Key), ("Rectify:WritesPerMinute", "1000000") };
        var acknowledged = new ConcurrentDictionary<string, string?>(StringComparer.Ordinal); // id → content hash, null when deleted
        var pending = new ConcurrentDictionary<string, string?>(StringComparer.Ordinal);      // id → what the write under way would leave
        var writes = 0;
        var at = TimeSpan.FromMilliseconds(random.Next(300, 3000));
        var clientSeeds = new[] { random.Next(), random.Next() };
        TimeSpan killedAt;
        KillState killed;
        using (var api = ApiProcess.Start(data, seeds, settings))
        {
            await api.WaitUntilHealthy();
            using var stop = new CancellationTokenSource();
            async Task Client(int client)
            {
                var r = new Random(clientSeeds[client]);
                var mine = new List<string>();
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    var (bytes, hash) = batch[r.Next(batch.Count)];
                    string id;
                    string? result;
                    HttpRequestMessage request;
                    var choice = mine.Count == 0 ? 0 : r.Next(3);
                    if (choice == 0)
                    {
                        (id, result) = ($"up{client}-{i}", hash);
                        request = Uploads.Request(HttpMethod.Post, "/api/documents", Key, ($"{id}.txt", bytes));
                    }
                    else if (choice == 1)
                    {
                        (id, result) = (mine[r.Next(mine.Count)], hash);
                        request = Uploads.Request(HttpMethod.Put, $"/api/documents/{id}", Key, ("replacement.txt", bytes));
                    }
                    else
                    {
                        (id, result) = (mine[r.Next(mine.Count)], null);
                        request = Uploads.Request(HttpMethod.Delete, $"/api/documents/{id}", Key);
                    }
                    pending[id] = result;
                    try
                    {
                        using var response = await api.Client.SendAsync(request, stop.Token);
                        if (response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK)
                        {
                            acknowledged[id] = result;
                            Interlocked.Increment(ref writes);
                            if (result is null)
                                mine.Remove(id);
                            else if (!mine.Contains(id))
                                mine.Add(id);
                        }
                        else
                            Check(false, $"{what}: {request.Method} {id} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                        pending.TryRemove(id, out _);
                    }
                    catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
                    {
                        return; // killed with this write under way: it stays pending
                    }
                }
            }

            var clients = new[] { Task.Run(() => Client(0)), Task.Run(() => Client(1)) };
            var started = api.Elapsed;
            while (api.Elapsed - started < at)
                await Task.Delay(5);
            killedAt = api.Elapsed - started;
            api.Kill();
            stop.Cancel();
            await Task.WhenAll(clients);
            killed = Inspect(data, versions, $"{writes} writes answered, {pending.Count} under way");
        }

        var (uploaded, whole) = Originals(data);
        void CheckUploads(KillState state, string when)
        {
            foreach (var (id, hash) in acknowledged)
            {
                var now = state.Plans.GetValueOrDefault(id);
                var allowed = pending.TryGetValue(id, out var underWay) ? new[] { hash, underWay } : [hash];
                Check(allowed.Contains(now), $"{what}: {when}, plan {id} is {(now is null ? "missing" : "another version")}; acknowledged {(hash is null ? "deleted" : "stored")}");
            }
            foreach (var id in state.Plans.Keys.Where(id => id.StartsWith("up", StringComparison.Ordinal) && !acknowledged.ContainsKey(id)))
                Check(pending.ContainsKey(id), $"{what}: {when}, plan {id} is stored but was never sent");
        }
        CheckUploads(killed, "after the kill");
        Check(whole, $"{what}: a kept original does not match its hash");

        using (var api = ApiProcess.Start(data, seeds, settings))
        {
            var health = await api.WaitUntilHealthy();
            var after = Inspect(data, versions, "after restart");
            CheckUploads(after, "after the restart");
            var originals = Path.Combine(data, "originals");
            Check(!Directory.Exists(originals) || Directory.GetFiles(originals, "*.part", SearchOption.AllDirectories).Length == 0,
                $"{what}: after the restart, a cut-off write's temporary file is still there");
            await CheckIndex(what, api, health, after);
            _killed.Add(pending.IsEmpty ? "uploads between writes" : "uploads with writes under way");
            _outcomes.Add($"{what}: killed {killedAt.TotalSeconds:F2} s into the uploads ({killed.Doing}); {uploaded} originals kept, "
                + $"{after.Plans.Count - versions.Count * Copies} uploaded plans after the restart, ready in {api.Elapsed.TotalSeconds:F1} s");
        }
    }

    /// <summary>How many kept originals there are, and whether each one's bytes hash to its folder's name.</summary>
    private static (int Count, bool Whole) Originals(string data)
    {
        var root = Path.Combine(data, "originals");
        if (!Directory.Exists(root))
            return (0, true);
        // A write cut off by the kill leaves its temporary file (*.part), never a kept original: the restart deletes it.
        var files = Directory.GetFiles(root, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".part", StringComparison.Ordinal)).ToList();
        var whole = files.All(f => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))) == Path.GetFileName(Path.GetDirectoryName(f)));
        return (files.Count, whole);
    }

    /// <summary>Each stored plan's content hash, by id.</summary>
    private static Dictionary<string, string> ContentHashes(string data)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(data, "rectify.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return Rows(connection).ToDictionary(r => r.Id, r => r.Hash, StringComparer.Ordinal);
    }

    /// <summary>Each version's content hash and the row counts a whole plan of it has, from the reference store.</summary>
    private static Dictionary<string, string> Signatures(string data)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(data, "rectify.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var versions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (_, hash, signature) in Rows(connection))
        {
            if (versions.TryGetValue(hash, out var seen) && seen != signature)
                throw new InvalidOperationException($"two copies of one version have rows {seen} and {signature}");
            versions[hash] = signature;
        }
        return versions;
    }

    /// <summary>Every stored plan: its id, content hash and its row count in each table under it.</summary>
    private static List<(string Id, string Hash, string Signature)> Rows(SqliteConnection connection)
    {
        var counts = Tables.ToDictionary(t => t, t =>
        {
            using var cmd = connection.CreateCommand();
            cmd.CommandText = $"SELECT document_id, COUNT(*) FROM {t} GROUP BY document_id;";
            using var reader = cmd.ExecuteReader();
            var byPlan = new Dictionary<string, long>(StringComparer.Ordinal);
            while (reader.Read())
                byPlan[reader.GetString(0)] = reader.GetInt64(1);
            return byPlan;
        });
        using var documents = connection.CreateCommand();
        documents.CommandText = "SELECT id, content_hash FROM documents ORDER BY id;";
        using var rows = documents.ExecuteReader();
        var plans = new List<(string, string, string)>();
        while (rows.Read())
        {
            var id = rows.GetString(0);
            plans.Add((id, rows.GetString(1), string.Join(" ", Tables.Select(t => $"{t}={counts[t].GetValueOrDefault(id)}"))));
        }
        return plans;
    }

    private static string? Scalar(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar()?.ToString();
    }

    private void Check(bool condition, string failure)
    {
        if (!condition)
            lock (_failures)
                _failures.Add(failure);
    }

    private static TimeSpan Between(Random random, TimeSpan from, TimeSpan to) => from + (to - from) * random.NextDouble();

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>What a killed process left: what it was doing, and each stored plan's content hash by id.</summary>
    private sealed record KillState(string Doing, IReadOnlyDictionary<string, string> Plans)
    {
        /// <summary>When the process was killed, from its start.</summary>
        public TimeSpan At { get; init; }
    }
}
