using Microsoft.Data.Sqlite;

namespace Rectify.Search.Storage;

/// <summary>
/// A consistent copy of a live store, and the checks a copy must pass before it is served: SQLite's online backup
/// (a snapshot at one transaction, taken while another process writes: the store is in WAL mode, so the copy's read
/// never blocks a writer), the source files it refers to, and its integrity.
/// </summary>
public static class StoreBackup
{
    /// <summary>The schema this version of the store writes and reads (and reads every older one up from).</summary>
    public const int SchemaVersion = Schema.Version;

    /// <summary>What a store holds, counted: the manifest's figures and the check of a restore.</summary>
    public sealed record Counts(int Schema, long Documents, long Problems, long Measures, long Drafts);

    /// <summary>Copies the store at <paramref name="source"/> into a new file <paramref name="destination"/> at one consistent point.</summary>
    public static void Snapshot(string source, string destination)
    {
        if (!File.Exists(source))
            throw new StoreOpenException($"there is no store at {source}");
        using var from = Open(source, SqliteOpenMode.ReadOnly);
        using var to = Open(destination, SqliteOpenMode.ReadWriteCreate);
        from.BackupDatabase(to);
        // The copy stands alone: one file, no write-ahead log beside it.
        Execute(to, "PRAGMA journal_mode = DELETE;");
    }

    /// <summary>The schema and row counts of the store at <paramref name="path"/>.</summary>
    public static Counts Count(string path)
    {
        using var c = Open(path, SqliteOpenMode.ReadOnly);
        long N(string table) => Scalar(c, $"SELECT count(*) FROM {table};");
        return new((int)Scalar(c, "PRAGMA user_version;"), N("documents"), N("problems"), N("measures"), N("drafts"));
    }

    /// <summary>Every source path the store's plans were read from.</summary>
    public static IReadOnlyList<string> SourcePaths(string path)
    {
        using var c = Open(path, SqliteOpenMode.ReadOnly);
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT source_path FROM documents ORDER BY id;";
        using var reader = cmd.ExecuteReader();
        var paths = new List<string>();
        while (reader.Read())
            paths.Add(reader.GetString(0));
        return paths;
    }

    /// <summary>SQLite's integrity check of the file: "ok", or what is wrong.</summary>
    public static string Integrity(string path)
    {
        using var c = Open(path, SqliteOpenMode.ReadOnly);
        using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA integrity_check;";
        using var reader = cmd.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read())
            lines.Add(reader.GetString(0));
        return string.Join("; ", lines);
    }

    /// <summary>Source paths under <paramref name="from"/> moved under <paramref name="to"/>: a store restored into another folder.</summary>
    public static int MoveSources(string path, string from, string to)
    {
        if (from == to)
            return 0;
        using var c = Open(path, SqliteOpenMode.ReadWrite);
        using var cmd = c.CreateCommand();
        cmd.CommandText = "UPDATE documents SET source_path = $to || substr(source_path, length($from) + 1) WHERE substr(source_path, 1, length($from)) = $from;";
        cmd.Parameters.AddWithValue("$from", from);
        cmd.Parameters.AddWithValue("$to", to);
        return cmd.ExecuteNonQuery();
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        c.Open();
        Execute(c, "PRAGMA busy_timeout = 10000;");
        return c;
    }

    private static long Scalar(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
