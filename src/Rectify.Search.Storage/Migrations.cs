using Microsoft.Data.Sqlite;
using Rectify.Search.Core.Enrichment;

namespace Rectify.Search.Storage;

/// <summary>
/// Brings a store of an earlier schema to this one, one step per version, each in its own transaction, keeping every
/// plan. Schema 3 stored themes only; schema 4 stores every value enrichment reads (deadlines, targets and findings,
/// units' departments); schema 5 remembers each source file's size and time, so an unchanged file is known without
/// reading it; schema 6 stores each target's own themes; schema 7 adds the drafts' tables; schema 8 the plans' fingerprints; schema 9 the places plans and problems name; schema 10 theme counts kept by triggers; schema 11 the tables keyed by plan, owner and position without rowids, and a table of plans' texts compressed (the plans written before keep theirs in their rows); schema 12 the measures and sections keyed so too (with schema 13, in one step); schema 13 a plan's rows name their problem, measure or section by its key among the plan's rows (<see cref="RowKeys"/>); schema 14 where each problem is (its 所在地). Every step runs in one transaction.
/// </summary>
internal static class Migrations
{
    /// <summary>The oldest schema a store may be migrated from; a store of an older one is rebuilt from its files.</summary>
    public const int From = 3;

    /// <summary>
    /// Runs the steps from <paramref name="version"/> to <see cref="Schema.Version"/> in one transaction: a migration
    /// that fails or is cut leaves the store as it was. The steps that derive values by reading each plan back and writing
    /// it again (from schemas 3 and 5) run last, when the tables are this schema's, which the plans are read and written by.
    /// </summary>
    public static void Migrate(SqliteConnection connection, int version)
    {
        using var tx = connection.BeginTransaction();
        var rederive = false;
        if (version == 3)
            rederive |= FromSchema3(connection, tx);
        if (version <= 4)
            FromSchema4(connection, tx);
        if (version <= 5)
            rederive |= FromSchema5(connection, tx);
        if (version <= 6)
            FromSchema6(connection, tx);
        if (version <= 7)
            FromSchema7(connection, tx);
        if (version <= 8)
            FromSchema8(connection, tx);
        if (version <= 9)
            FromSchema9(connection, tx);
        if (version <= 10)
            FromSchema10(connection, tx);
        if (version <= 12)
            FromSchema11(connection, tx);
        if (version <= 13)
            FromSchema13(connection, tx);
        if (rederive)
            Rederive(connection, tx);
        Execute(connection, tx, $"PRAGMA user_version = {Schema.Version};");
        tx.Commit();
    }

    /// <summary>
    /// SQL expressions over a row of <paramref name="table"/> as any schema since 3 wrote it, by column, for the columns
    /// schema 13 writes otherwise: a key as a whole record id made relative to its plan, a unit's role and level by name
    /// made numbers (a value already so is kept as it is).
    /// </summary>
    private static Dictionary<string, string> ValuesOf(string table)
    {
        var values = RowsByKey.Where(t => t.Table == table).SelectMany(t => t.Keys).ToDictionary(k => k, k =>
            $"CASE WHEN substr({k}, 1, length(document_id) + 1) = document_id || '.' THEN substr({k}, length(document_id) + 2) ELSE {k} END");
        if (table == "units")
        {
            values["role"] = UnitCodes.RoleFromName("role");
            values["level"] = UnitCodes.LevelFromName("level");
        }
        return values;
    }

    /// <summary>The tables of a plan's rows named by a record's key, and their key columns.</summary>
    private static readonly (string Table, string[] Keys)[] RowsByKey =
    [
        ("units", ["owner_id"]), ("themes", ["owner_id"]), ("targets", ["problem_id"]), ("leaders", ["problem_id"]),
        ("measures", ["problem_id"]), ("sections", ["parent_id"]),
    ];

    /// <summary>
    /// Schemas 12 and 13, one rebuild of each table a plan's rows name a record in. Schema 12: the measures keyed by plan,
    /// problem and position, and the sections by plan and position, without rowids, as the other tables of a plan's rows
    /// (schema 11): their indexes by id, by problem and by plan gone with the old tables, the measures' foreign key to
    /// their problem with them. Schema 13: a plan's rows name their problem, measure or section by its key among the
    /// plan's rows (p3, p3.m2, s4: <see cref="RowKeys"/>), not by its whole record id; the owner kinds of units and
    /// themes (a key with a dot is a measure's), the measures' and sections' own ids (their plan's id and position)
    /// dropped; a unit's role and level written as numbers (<see cref="UnitCodes"/>).
    /// </summary>
    private static void FromSchema11(SqliteConnection connection, SqliteTransaction tx)
    {
        foreach (var (table, _) in RowsByKey)
            Rebuild(connection, tx, table);
        // The targets' index and the themes' triggers go with the rebuilt tables; the counts are taken again from the rows (a step before this one may have
        // counted them by the keys of the schema it stood in).
        Execute(connection, tx, Schema.Targets + Schema.ThemeCounts + Schema.FillThemeCounts + Schema.Indexes);
    }

    /// <summary>
    /// Schema 14: where each problem is, as its 所在地 field or a table's 所在县市 column prints it (empty until the plan is
    /// read again: the parser's version changed with it, so the next ingestion re-reads every file).
    /// </summary>
    private static void FromSchema13(SqliteConnection connection, SqliteTransaction tx)
    {
        if (!HasColumn(connection, tx, "problems", "location"))
            Execute(connection, tx, "ALTER TABLE problems ADD COLUMN location TEXT;");
    }

    /// <summary>The tables schema 11 keys by their primary key alone (WITHOUT ROWID).</summary>
    private static readonly string[] KeyedTables = ["targets", "units", "leaders", "diagnostics", "themes"];

    /// <summary>
    /// Schema 11: the tables keyed by owner and position rebuilt WITHOUT ROWID, their key led by the plan's id (the key
    /// is the table, and reading or deleting a plan walks it: no second index by document beside it), rows copied column
    /// by column; their indexes and the theme counts' triggers made again. Those a plan's rows name a record in are
    /// rebuilt once, by the next step (<see cref="FromSchema11"/>), as this schema writes them.
    /// </summary>
    private static void FromSchema10(SqliteConnection connection, SqliteTransaction tx)
    {
        foreach (var table in KeyedTables.Except(RowsByKey.Select(t => t.Table)))
            Rebuild(connection, tx, table);
        Execute(connection, tx, Schema.Targets + Schema.ThemeCounts + Schema.Texts + Schema.Indexes);
    }

    /// <summary>
    /// A table made again as this schema defines it (its WITHOUT ROWID definition in <see cref="Schema.Create"/>), its rows
    /// copied column by column, whatever schema they stood in written as this one writes them (<see cref="ValuesOf"/>:
    /// keys relative to their plan, a unit's role and level as numbers); its indexes and triggers are the caller's to make again.
    /// </summary>
    private static void Rebuild(SqliteConnection connection, SqliteTransaction tx, string table)
    {
        var values = ValuesOf(table);
        var definition = System.Text.RegularExpressions.Regex.Match(Schema.Create, $@"CREATE TABLE IF NOT EXISTS {table} \((?s:.*?)\) WITHOUT ROWID;");
        if (!definition.Success)
            throw new InvalidOperationException($"schema {Schema.Version} defines no keyed table {table}");
        Execute(connection, tx, definition.Value.Replace($"IF NOT EXISTS {table} (", $"{table}_rebuilt (", StringComparison.Ordinal));
        var columns = new List<string>();
        using (var info = connection.CreateCommand())
        {
            info.Transaction = tx;
            info.CommandText = $"SELECT name FROM pragma_table_info('{table}_rebuilt') ORDER BY cid;";
            using var r = info.ExecuteReader();
            while (r.Read())
                columns.Add(r.GetString(0));
        }
        var list = string.Join(", ", columns);
        var selected = string.Join(", ", columns.Select(c => values.GetValueOrDefault(c) ?? c));
        Execute(connection, tx, $"INSERT INTO {table}_rebuilt ({list}) SELECT {selected} FROM {table}; DROP TABLE {table}; ALTER TABLE {table}_rebuilt RENAME TO {table};");
    }

    /// <summary>Schema 10: theme counts kept by triggers, filled once from the theme rows.</summary>
    private static void FromSchema9(SqliteConnection connection, SqliteTransaction tx)
    {
        Execute(connection, tx, Schema.ThemeCounts);
        Execute(connection, tx, Schema.FillThemeCounts);
    }

    /// <summary>
    /// Schema 9: the places each plan and problem names (empty until the plan is read again: the parser's version
    /// changed with them, so the next ingestion re-reads every file).
    /// </summary>
    private static void FromSchema8(SqliteConnection connection, SqliteTransaction tx)
    {
        AddPlaceColumns(connection, tx);
    }

    /// <summary>Schema 9's place columns, where they are not yet (a step that rewrites rows needs them: <see cref="Rederive"/>).</summary>
    private static void AddPlaceColumns(SqliteConnection connection, SqliteTransaction tx)
    {
        foreach (var table in new[] { "documents", "problems" })
        {
            if (!HasColumn(connection, tx, table, "places"))
                Execute(connection, tx, $"ALTER TABLE {table} ADD COLUMN places TEXT NOT NULL DEFAULT '';");
        }
    }

    /// <summary>Schema 8: the fingerprints table (empty: the next ingestion fingerprints every plan).</summary>
    private static void FromSchema7(SqliteConnection connection, SqliteTransaction tx)
    {
        Execute(connection, tx, Schema.Fingerprints);
    }

    /// <summary>Schema 7: the drafts' tables (empty).</summary>
    private static void FromSchema6(SqliteConnection connection, SqliteTransaction tx)
    {
        Execute(connection, tx, Schema.Drafts);
    }

    /// <summary>Adds the columns and the table of schema 4; their values are derived for every plan at the end (<see cref="Rederive"/>): true.</summary>
    private static bool FromSchema3(SqliteConnection connection, SqliteTransaction tx)
    {
        Execute(connection, tx, "ALTER TABLE documents ADD COLUMN source_size INTEGER; ALTER TABLE documents ADD COLUMN source_modified INTEGER;");
        Execute(connection, tx, """
            ALTER TABLE problems ADD COLUMN deadline_date TEXT;
            ALTER TABLE problems ADD COLUMN deadline_kind TEXT NOT NULL DEFAULT 'none';
            ALTER TABLE problems ADD COLUMN deadline_status TEXT;
            ALTER TABLE problems ADD COLUMN deadline_ongoing INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE problems ADD COLUMN deadline_unread INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE problems ADD COLUMN deadline_immediate INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE measures ADD COLUMN deadline_raw TEXT;
            ALTER TABLE measures ADD COLUMN deadline_date TEXT;
            ALTER TABLE measures ADD COLUMN deadline_kind TEXT;
            ALTER TABLE measures ADD COLUMN deadline_status TEXT;
            ALTER TABLE measures ADD COLUMN deadline_ongoing INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE measures ADD COLUMN deadline_unread INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE measures ADD COLUMN deadline_immediate INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE units ADD COLUMN department_id TEXT;
            ALTER TABLE units ADD COLUMN department_name TEXT;
            ALTER TABLE units ADD COLUMN department_name_en TEXT;
            ALTER TABLE units ADD COLUMN department_kind TEXT;
            ALTER TABLE units ADD COLUMN level TEXT;
            """);
        Execute(connection, tx, Schema.Targets);
        Execute(connection, tx, Schema.Indexes);
        return true;
    }

    /// <summary>
    /// Reads each plan back, derives the values enrichment reads from its stored fields (<see cref="PlanEnricher.Derive"/>)
    /// and rewrites its rows under the parser version it was read by, so a plan whose file is still there is read again
    /// from it by the next ingestion, and one whose file is gone is kept, enriched. A plan whose rows cannot be read back
    /// is dropped, to be read again from its file: never kept half-read.
    /// </summary>
    private static void Rederive(SqliteConnection connection, SqliteTransaction tx)
    {
        AddPlaceColumns(connection, tx);
        // Plans are written as this version writes them: their texts compressed in schema 11's table.
        Execute(connection, tx, Schema.Texts);
        // The source file's size and time go with the rows (a schema-3 store has none): its file is not hashed again.
        var documents = new List<(string Id, string ParserVersion, SourceFile? File)>();
        using (var list = connection.CreateCommand())
        {
            list.Transaction = tx;
            list.CommandText = "SELECT id, parser_version, source_size, source_modified FROM documents ORDER BY id;";
            using var r = list.ExecuteReader();
            while (r.Read())
                documents.Add((r.GetString(0), r.GetString(1), r.IsDBNull(2) || r.IsDBNull(3) ? null : new SourceFile(r.GetInt64(2), r.GetInt64(3))));
        }
        foreach (var (id, parserVersion, file) in documents)
        {
            Core.Model.PlanDocument? plan;
            try
            {
                plan = PlanReader.Read(connection, id, tx);
            }
            catch (Exception e) when (PlanStore.IsDamage(e))
            {
                plan = null;
            }
            Execute(connection, tx, "DELETE FROM documents WHERE id = $id;", ("$id", id));
            if (plan is not null)
                PlanWriter.Write(connection, tx, plan with { Problems = plan.Problems.Select(PlanEnricher.Derive).ToList() }, parserVersion, file);
        }
    }

    /// <summary>Schema 5: each document's source size and time (null until its file is seen again: then it is hashed once).</summary>
    private static void FromSchema4(SqliteConnection connection, SqliteTransaction tx)
    {
        if (!HasColumn(connection, tx, "documents", "source_size"))
            Execute(connection, tx, "ALTER TABLE documents ADD COLUMN source_size INTEGER; ALTER TABLE documents ADD COLUMN source_modified INTEGER;");
    }

    /// <summary>
    /// Schema 6: each target's own themes, derived for every plan from its stored fields and themes (a store migrated
    /// from schema 3 in this run has them already: its targets table was made by this schema). True when the plans are
    /// to be derived again at the end (<see cref="Rederive"/>).
    /// </summary>
    private static bool FromSchema5(SqliteConnection connection, SqliteTransaction tx)
    {
        if (HasColumn(connection, tx, "targets", "themes"))
            return false;
        Execute(connection, tx, "ALTER TABLE targets ADD COLUMN themes TEXT NOT NULL DEFAULT '';");
        return true;
    }

    private static bool HasColumn(SqliteConnection connection, SqliteTransaction tx, string table, string column)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = $"SELECT 1 FROM pragma_table_info('{table}') WHERE name = $column;";
        cmd.Parameters.AddWithValue("$column", column);
        return cmd.ExecuteScalar() is not null;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction tx, string sql, params (string Name, object Value)[] parameters)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters)
            cmd.Parameters.AddWithValue(name, value);
        cmd.ExecuteNonQuery();
    }
}
