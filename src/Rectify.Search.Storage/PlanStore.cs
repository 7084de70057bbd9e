using System.Text.Json;
using Microsoft.Data.Sqlite;
using Rectify.Search.Core.Ingestion;
using Rectify.Search.Core.Model;
using static Rectify.Search.Storage.Sql;

namespace Rectify.Search.Storage;

/// <summary>
/// The SQLite store of parsed plans (index-data/rectify.db). Each plan is written in one transaction; a plan whose
/// bytes and parser version are unchanged is not written at all, so re-ingesting leaves the file as it was.
/// </summary>
public sealed class PlanStore : IDisposable
{
    /// <summary>The store's file name inside a data directory.</summary>
    public const string FileName = "rectify.db";

    private readonly SqliteConnection _connection;

    private PlanStore(SqliteConnection connection, string path, bool readOnly)
    {
        _connection = connection;
        Path = path;
        ReadOnly = readOnly;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>
    /// True when the store was opened from a folder that cannot be written (a read-only volume): it is read as it is,
    /// and every write fails.
    /// </summary>
    public bool ReadOnly { get; }

    /// <summary>
    /// Opens (creating when needed) the store at <paramref name="path"/>; in a folder that cannot be written, opens the
    /// store there read-only (<see cref="ReadOnly"/>) when it is current.
    /// </summary>
    /// <exception cref="StoreOpenException">The file is not a store of this project, or a read-only folder holds no current store.</exception>
    public static PlanStore Open(string path)
    {
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StoreOpenException($"the data directory {directory} cannot be created: {e.Message}");
        }
        RefuseForeignFile(path);
        if (!Writable(directory))
            return OpenReadOnly(path, directory);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        try
        {
            RefuseForeignDatabase(connection, path);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
        Execute(connection, "PRAGMA foreign_keys = ON;");
        // Write-ahead logging: readers in other processes (a serving API) are not blocked by a writer, and a commit per
        // plan costs an append rather than a journal rewrite; NORMAL syncs at checkpoints, still never corrupting.
        Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
        // Set queries over a national store touch tens of thousands of rows across the file: read its first 256 MB
        // through a memory map (no system call per page) and keep hot pages in a larger cache than SQLite's 2 MB default.
        // The map is bounded because its pages count in the serving process's memory: at 20,000 plans (a 1.45 GB store)
        // a 1 GB map took the API past 1.5 GB once a comparison had read the whole store; the rest is read through the
        // operating system's file cache, which a process does not hold.
        Execute(connection, "PRAGMA mmap_size = 268435456; PRAGMA cache_size = -65536;");
        var version = Int(connection, "PRAGMA user_version;");
        if (version >= Migrations.From && version < Schema.Version)
            Migrations.Migrate(connection, version);
        else if (version != Schema.Version)
        {
            using var tx = connection.BeginTransaction();
            if (version != 0)
            {
                foreach (var table in new[] { "targets", "themes", "diagnostics", "leaders", "units", "measures", "problems", "sections", "documents" })
                    Execute(connection, $"DROP TABLE IF EXISTS {table};", tx);
            }
            Execute(connection, Schema.Create, tx);
            Execute(connection, $"PRAGMA user_version = {Schema.Version};", tx);
            tx.Commit();
        }
        Execute(connection, Schema.Indexes);
        // Marked once: setting it again would write the file's header on every open.
        if (Int(connection, "PRAGMA application_id;") != ApplicationId)
            Execute(connection, $"PRAGMA application_id = {ApplicationId};");
        return new PlanStore(connection, path, readOnly: false);
    }

    /// <summary>
    /// A second connection to the store at <paramref name="path"/>, for reading only (a full index build reads every
    /// plan through it while the first connection serves requests); the store must exist and be current.
    /// </summary>
    public static PlanStore OpenReader(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        Execute(connection, "PRAGMA mmap_size = 268435456; PRAGMA cache_size = -65536;");
        return new PlanStore(connection, path, readOnly: true);
    }

    /// <summary>True when a file can be created in <paramref name="directory"/> (the store's journal and the index need it).</summary>
    private static bool Writable(string directory)
    {
        try
        {
            using (File.Create(System.IO.Path.Combine(directory, $".rectify-write-check-{Environment.ProcessId}"), 1, FileOptions.DeleteOnClose))
                return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>
    /// The store in a folder that cannot be written, opened as immutable (SQLite then needs no journal or shared-memory
    /// file beside it); refused when there is none, or it is of an older schema that could only be brought up by writing.
    /// </summary>
    private static PlanStore OpenReadOnly(string path, string directory)
    {
        if (!File.Exists(path))
            throw new StoreOpenException($"the data directory {directory} is read-only and holds no store ({FileName}): give a writable data directory, or one holding a store built elsewhere");
        var uri = "file:" + Uri.EscapeDataString(System.IO.Path.GetFullPath(path)).Replace("%2F", "/", StringComparison.Ordinal) + "?immutable=1";
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = uri, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        try
        {
            connection.Open();
            RefuseForeignDatabase(connection, path);
            if (Int(connection, "PRAGMA user_version;") is var version && version != Schema.Version)
                throw new StoreOpenException($"the store {path} has schema {version}, this version reads schema {Schema.Version}, and its folder is read-only: start once with the folder writable so it is brought up to date");
            Execute(connection, "PRAGMA mmap_size = 268435456; PRAGMA cache_size = -65536;");
        }
        catch
        {
            connection.Dispose();
            throw;
        }
        return new PlanStore(connection, path, readOnly: true);
    }

    /// <summary>The SQLite application id of a Rectify.Search store ("RECT"): a store opened is marked with it.</summary>
    public const int ApplicationId = 0x52454354;

    /// <summary>A file that is not SQLite at all is refused, never overwritten.</summary>
    private static void RefuseForeignFile(string path)
    {
        if (!File.Exists(path) || new FileInfo(path).Length == 0)
            return;
        var head = new byte[16];
        using (var stream = File.OpenRead(path))
            stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (!head.AsSpan().SequenceEqual("SQLite format 3\0"u8))
            throw new StoreOpenException($"{path} is not a SQLite database; Rectify.Search will not overwrite it: move it away or give another data directory");
    }

    /// <summary>
    /// A SQLite database of another application (another application id, or tables but no plans table) is refused,
    /// never changed; a store of this project written before stores were marked is taken and marked.
    /// </summary>
    private static void RefuseForeignDatabase(SqliteConnection connection, string path)
    {
        var applicationId = Int(connection, "PRAGMA application_id;");
        if (applicationId == ApplicationId)
            return;
        if (applicationId != 0)
            throw new StoreOpenException($"{path} is a SQLite database of another application (application id {applicationId}); Rectify.Search will not change it: give another data directory");
        var tables = Int(connection, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table';");
        var plans = Int(connection, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'documents';");
        if (tables > 0 && plans == 0)
            throw new StoreOpenException($"{path} is a SQLite database without Rectify.Search's tables ({tables} other table(s)); Rectify.Search will not change it: give another data directory");
    }

    /// <summary>What the store knows of the source file a plan was read from; null when the plan is not stored.</summary>
    public StoredSource? Source(string documentId)
    {
        using var cmd = Command("SELECT source_path, content_hash, parser_version, source_size, source_modified FROM documents WHERE id = $id;", ("$id", documentId));
        using var r = cmd.ExecuteReader();
        return r.Read()
            ? new StoredSource(r.GetString(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetInt64(3), r.IsDBNull(4) ? null : r.GetInt64(4))
            : null;
    }

    /// <summary>What the store knows of every stored plan's source, by document id: one query for a whole ingestion.</summary>
    public IReadOnlyDictionary<string, StoredSource> Sources()
    {
        using var cmd = Command("SELECT id, source_path, content_hash, parser_version, source_size, source_modified FROM documents;");
        using var r = cmd.ExecuteReader();
        var sources = new Dictionary<string, StoredSource>(StringComparer.Ordinal);
        while (r.Read())
            sources[r.GetString(0)] = new StoredSource(r.GetString(1), r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetInt64(4), r.IsDBNull(5) ? null : r.GetInt64(5));
        return sources;
    }

    /// <summary>The source paths of the plans stored by a pipeline other than <paramref name="version"/> (none, mostly): one narrow query.</summary>
    public IReadOnlyList<string> SourcesNotReadBy(string version)
    {
        using var cmd = Command("SELECT source_path FROM documents WHERE parser_version <> $version ORDER BY source_path;", ("$version", version));
        using var r = cmd.ExecuteReader();
        var paths = new List<string>();
        while (r.Read())
            paths.Add(r.GetString(0));
        return paths;
    }

    /// <summary>Records the size and time of a plan's source file, seen unchanged (same bytes) since it was stored.</summary>
    public void NoteSource(string documentId, SourceFile file)
    {
        using var cmd = Command("UPDATE documents SET source_size = $size, source_modified = $modified WHERE id = $id;",
            ("$id", documentId), ("$size", file.Size), ("$modified", file.ModifiedTicks));
        cmd.ExecuteNonQuery();
    }

    /// <summary>
    /// Stores <paramref name="plan"/> in one transaction, unless the same bytes were stored by the same parser;
    /// <paramref name="rewrite"/> stores it all the same (to repair rows that cannot be read back).
    /// </summary>
    /// <param name="file">The size and time of the file the plan was read from, when it was read from one.</param>
    public StoreOutcome Upsert(PlanDocument plan, bool rewrite = false, SourceFile? file = null)
    {
        using var check = Command("SELECT content_hash, parser_version FROM documents WHERE id = $id;", ("$id", plan.DocumentId));
        string? hash = null, parser = null;
        using (var reader = check.ExecuteReader())
        {
            if (reader.Read())
            {
                hash = reader.GetString(0);
                parser = reader.GetString(1);
            }
        }
        if (hash == plan.ContentHash && parser == PlanPipeline.Version && !rewrite)
            return StoreOutcome.Unchanged;

        using var tx = _connection.BeginTransaction();
        var existed = hash is not null;
        if (existed)
            Exec(tx, "DELETE FROM documents WHERE id = $id;", ("$id", plan.DocumentId));
        PlanWriter.Write(_connection, tx, plan, file: file);
        tx.Commit();
        return existed ? StoreOutcome.Replaced : StoreOutcome.Added;
    }

    /// <summary>
    /// Stores every plan of <paramref name="plans"/> in one transaction, whether or not the same bytes were stored
    /// before: all of them, or, when a write fails, none (an upload of several files is never half stored).
    /// </summary>
    public IReadOnlyList<StoreOutcome> StoreAll(IReadOnlyList<(PlanDocument Plan, SourceFile? File)> plans)
    {
        using var tx = _connection.BeginTransaction();
        var outcomes = new List<StoreOutcome>(plans.Count);
        foreach (var (plan, file) in plans)
        {
            var existed = Exec(tx, "DELETE FROM documents WHERE id = $id;", ("$id", plan.DocumentId)) > 0;
            PlanWriter.Write(_connection, tx, plan, file: file);
            outcomes.Add(existed ? StoreOutcome.Replaced : StoreOutcome.Added);
        }
        tx.Commit();
        return outcomes;
    }

    /// <summary>Removes a plan and everything under it; false when there was none.</summary>
    public bool Remove(string documentId)
    {
        using var tx = _connection.BeginTransaction();
        var n = Exec(tx, "DELETE FROM documents WHERE id = $id;", ("$id", documentId));
        // Its copies are no longer copies of anything stored: they stand as plans of their own.
        Exec(tx, "UPDATE fingerprints SET duplicate_of = NULL, similarity = NULL WHERE duplicate_of = $id;", ("$id", documentId));
        tx.Commit();
        return n > 0;
    }

    /// <summary>
    /// Rewrites the file packed (SQLite's VACUUM), its write-ahead log then truncated: plans written in any order leave the
    /// pages of the tables keyed by plan, and of the indexes, partly empty (6–7 % of a 2,000-plan store, more when files
    /// come in no order), which a bulk ingestion should not leave behind. Takes as long as copying the file, needs as much
    /// free space again meanwhile, and waits for no reader of this connection; other connections' readers are waited for.
    /// </summary>
    public void Compact()
    {
        Execute(_connection, "VACUUM;");
        Execute(_connection, "PRAGMA wal_checkpoint(TRUNCATE);");
    }

    /// <summary>All stored plans, by id.</summary>
    public IReadOnlyList<StoredDocument> List()
    {
        using var cmd = Command("""
            SELECT d.id, d.source_path, d.content_hash, d.title,
                   (SELECT COUNT(*) FROM problems p WHERE p.document_id = d.id),
                   (SELECT COUNT(*) FROM measures m WHERE m.document_id = d.id)
            FROM documents d ORDER BY d.id;
            """);
        using var reader = cmd.ExecuteReader();
        var list = new List<StoredDocument>();
        while (reader.Read())
            list.Add(new(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetInt32(4), reader.GetInt32(5)));
        return list;
    }

    /// <summary>How many plans, problems and measures the store holds (three counts, no row read).</summary>
    public (int Documents, int Problems, int Measures) Counts()
    {
        using var cmd = Command("SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM problems), (SELECT COUNT(*) FROM measures);");
        using var r = cmd.ExecuteReader();
        r.Read();
        return (r.GetInt32(0), r.GetInt32(1), r.GetInt32(2));
    }

    /// <summary>Reads a stored plan back into the model; null when the id is unknown.</summary>
    /// <exception cref="StoreReadException">The plan's rows are damaged.</exception>
    public PlanDocument? Load(string documentId)
    {
        try
        {
            return PlanReader.Read(_connection, documentId);
        }
        catch (Exception e) when (IsDamage(e))
        {
            throw new StoreReadException(documentId, Path, e);
        }
    }

    /// <summary>The comparison's facts of the problems <paramref name="selection"/> picks, by plan and position.</summary>
    public Facts.FactsPage ProblemFacts(Facts.ProblemSelection selection, Facts.PlanWindow? window = null) => Facts.FactsReader.Problems(_connection, selection, window);

    /// <summary>
    /// Bytes of the values each table holds (every column's values summed as stored text or blob: the payload, without
    /// SQLite's page and index overhead), largest first; read from the store at <paramref name="path"/>, which is not changed.
    /// </summary>
    public static IReadOnlyList<(string Table, long Bytes)> TableBytes(string path)
    {
        using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly }.ToString());
        c.Open();
        var tables = new List<string>();
        using (var list = c.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name;";
            using var r = list.ExecuteReader();
            while (r.Read())
                tables.Add(r.GetString(0));
        }
        var result = new List<(string, long)>();
        foreach (var table in tables)
        {
            var columns = new List<string>();
            using (var info = c.CreateCommand())
            {
                info.CommandText = $"SELECT name FROM pragma_table_info('{table}');";
                using var r = info.ExecuteReader();
                while (r.Read())
                    columns.Add(r.GetString(0));
            }
            using var sum = c.CreateCommand();
            sum.CommandText = $"SELECT COALESCE(SUM({string.Join(" + ", columns.Select(col => $"COALESCE(LENGTH(CAST(\"{col}\" AS BLOB)), 0)"))}), 0) FROM \"{table}\";";
            result.Add((table, Convert.ToInt64(sum.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)));
        }
        return result.OrderByDescending(t => t.Item2).ToList();
    }

    /// <summary>A page of the plans' summaries in id order, with how many plans there are.</summary>
    public (IReadOnlyList<Facts.PlanSummary> Page, int Total) SummaryPage(int skip, int take) => Facts.FactsReader.SummaryPage(_connection, skip, take);

    /// <summary>Summaries of the plans <paramref name="ids"/> (every plan when null), by id.</summary>
    public IReadOnlyList<Facts.PlanSummary> Summaries(IReadOnlyCollection<string>? ids = null) => Facts.FactsReader.Summaries(_connection, ids);

    /// <summary>How many problems and measures each theme tags, by theme id (themes that tag nothing are absent).</summary>
    public IReadOnlyDictionary<string, Facts.ThemeCount> ThemeCounts() => Facts.FactsReader.ThemeCounts(_connection);

    /// <summary>What reading damaged rows throws.</summary>
    internal static bool IsDamage(Exception e) => e is JsonException or InvalidCastException or FormatException or SqliteException or NullReferenceException;

    /// <summary>Every stored plan, by id, read one at a time.</summary>
    public IEnumerable<PlanDocument> LoadAll()
    {
        foreach (var stored in List())
        {
            if (Load(stored.Id) is { } plan)
                yield return plan;
        }
    }

    /// <summary>
    /// Identifies what the store holds: the version of the plans' rows and every plan's id, source hash and parser version.
    /// Anything derived from the store (the search index) records it and is rebuilt when it changes.
    /// </summary>
    public string Fingerprint()
    {
        using var cmd = Command("SELECT id, content_hash, parser_version FROM documents ORDER BY id;");
        using var reader = cmd.ExecuteReader();
        var text = new System.Text.StringBuilder($"schema {Schema.PlanRowsVersion}\n");
        while (reader.Read())
            text.Append(reader.GetString(0)).Append(' ').Append(reader.GetString(1)).Append(' ').Append(reader.GetString(2)).Append('\n');
        // A copy is left out of the index: which plans are copies is part of what the index is derived from.
        foreach (var (id, (of, _)) in Duplicates().OrderBy(d => d.Key, StringComparer.Ordinal))
            text.Append("copy ").Append(id).Append(' ').Append(of).Append('\n');
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text.ToString())))[..32];
    }

    /// <summary>Stores a plan's fingerprint, and the plan it copies (with their similarity) when it is a copy.</summary>
    public void SaveFingerprint(string documentId, ulong[] fingerprint, string? duplicateOf, double? similarity)
    {
        using var cmd = Command("INSERT OR REPLACE INTO fingerprints (document_id, minhash, duplicate_of, similarity) VALUES ($id, $hash, $of, $sim);",
            ("$id", documentId), ("$hash", Core.Text.TextFingerprint.ToBytes(fingerprint)), ("$of", duplicateOf), ("$sim", similarity));
        cmd.ExecuteNonQuery();
    }

    /// <summary>Every stored fingerprint, with the plan each copies (null for an original).</summary>
    public IReadOnlyList<(string DocumentId, ulong[] Fingerprint, string? DuplicateOf)> Fingerprints()
    {
        using var cmd = Command("SELECT document_id, minhash, duplicate_of FROM fingerprints ORDER BY document_id;");
        using var r = cmd.ExecuteReader();
        var list = new List<(string, ulong[], string?)>();
        while (r.Read())
            list.Add((r.GetString(0), Core.Text.TextFingerprint.FromBytes((byte[])r[1]), r.IsDBNull(2) ? null : r.GetString(2)));
        return list;
    }

    /// <summary>The plans that copy <paramref name="documentId"/>.</summary>
    public IReadOnlyList<string> CopiesOf(string documentId) =>
        Duplicates().Where(d => d.Value.DuplicateOf == documentId).Select(d => d.Key).Order(StringComparer.Ordinal).ToList();

    /// <summary>The plans that copy another, each with the plan it copies and their similarity.</summary>
    public IReadOnlyDictionary<string, (string DuplicateOf, double Similarity)> Duplicates()
    {
        using var cmd = Command("SELECT document_id, duplicate_of, similarity FROM fingerprints WHERE duplicate_of IS NOT NULL;");
        using var r = cmd.ExecuteReader();
        var map = new Dictionary<string, (string, double)>(StringComparer.Ordinal);
        while (r.Read())
            map[r.GetString(0)] = (r.GetString(1), r.IsDBNull(2) ? 0 : r.GetDouble(2));
        return map;
    }

    /// <summary>Writes <paramref name="draft"/> whole, replacing the stored draft of its id.</summary>
    public void SaveDraft(Draft draft) => Drafts.DraftRows.Save(_connection, draft);

    /// <summary>The stored draft of <paramref name="id"/>; null when there is none.</summary>
    public Draft? LoadDraft(string id) => Drafts.DraftRows.Load(_connection, id);

    /// <summary>Every stored draft, last saved first.</summary>
    public IReadOnlyList<Drafts.DraftSummary> ListDrafts() => Drafts.DraftRows.List(_connection);

    /// <summary>Deletes the draft of <paramref name="id"/>; false when there was none.</summary>
    public bool DeleteDraft(string id) => Drafts.DraftRows.Delete(_connection, id);

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters)
            cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return cmd;
    }

    private int Exec(SqliteTransaction tx, string sql, params (string Name, object? Value)[] parameters)
    {
        using var cmd = Command(sql, parameters);
        cmd.Transaction = tx;
        return cmd.ExecuteNonQuery();
    }

    internal static string ToJson(IReadOnlyList<string> values) => JsonSerializer.Serialize(values, JsonOptions);

    internal static IReadOnlyList<string> FromJson(string json) => JsonSerializer.Deserialize<List<string>>(json) ?? [];

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
