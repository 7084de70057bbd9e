using Microsoft.Data.Sqlite;
using Rectify.Search.Core.Model;
using static Rectify.Search.Storage.Sql;

namespace Rectify.Search.Storage.Facts;

/// <summary>
/// Reads problem facts and plan summaries with a few set queries over the indexed tables, however many plans match:
/// the selected problem ids go into a temporary table and every child table is joined to it once.
/// </summary>
internal static class FactsReader
{
    public static FactsPage Problems(SqliteConnection c, ProblemSelection s, PlanWindow? window = null)
    {
        Execute(c, "CREATE TEMP TABLE IF NOT EXISTS picked (id TEXT PRIMARY KEY, document_id TEXT NOT NULL, position INTEGER NOT NULL, key TEXT NOT NULL); DELETE FROM picked;");
        if (s.Ids is { } ids)
            Fill(c, "asked", ids);
        if (s.MetricKeys is { } keys)
            Fill(c, "asked_metrics", keys);
        using (var pick = c.CreateCommand())
        {
            // The narrowest source drives the join (CROSS JOIN fixes SQLite's order): a theme's problems by the covering
            // theme index, the ids asked, or the problems with a target on an asked metric; every problem only without any.
            var source = s.Theme is not null ? $"SELECT {RowKeys.RecordId("t", "owner_id")} AS id FROM themes t WHERE theme_id = $theme AND {RowKeys.IsProblem("owner_id")}"
                : s.Ids is not null ? "SELECT id FROM asked"
                : s.MetricKeys is not null ? $"SELECT DISTINCT {RowKeys.RecordId("t", "problem_id")} AS id FROM targets t WHERE metric_key IN (SELECT id FROM asked_metrics)"
                : "SELECT id FROM problems";
            pick.CommandText = $"""
                INSERT OR IGNORE INTO picked (id, document_id, position, key)
                SELECT p.id, p.document_id, p.position, substr(p.id, length(p.document_id) + 2)
                FROM ({source}) AS chosen CROSS JOIN problems p ON p.id = chosen.id CROSS JOIN documents d ON d.id = p.document_id
                WHERE ($province IS NULL OR d.province = $province)
                  AND d.id NOT IN (SELECT document_id FROM fingerprints WHERE duplicate_of IS NOT NULL)
                  AND ($level IS NULL OR d.region_level = $level)
                  {(s.Ids is null || s.Theme is null ? "" : "AND p.id IN (SELECT id FROM asked)")}
                  {(s.MetricKeys is null || (s.Theme is null && s.Ids is null) ? "" : $"AND p.id IN (SELECT {RowKeys.RecordId("t", "problem_id")} FROM targets t WHERE metric_key IN (SELECT id FROM asked_metrics))")};
                """;
            pick.Parameters.AddWithValue("$theme", (object?)s.Theme ?? DBNull.Value);
            pick.Parameters.AddWithValue("$province", (object?)s.Province ?? DBNull.Value);
            pick.Parameters.AddWithValue("$level", (object?)s.Level?.Wire() ?? DBNull.Value);
            pick.ExecuteNonQuery();
        }
        var plans = Int(c, "SELECT COUNT(DISTINCT document_id) FROM picked;");
        if (window is { } w)
        {
            // Only the window's plans are read further, in the order a comparison lists them: by region code, then id.
            using var keep = c.CreateCommand();
            keep.CommandText = """
                DELETE FROM picked WHERE document_id NOT IN (
                    SELECT d.id FROM (SELECT DISTINCT document_id FROM picked) k CROSS JOIN documents d ON d.id = k.document_id
                    ORDER BY COALESCE(d.region_code, '~' || d.id), d.id LIMIT $take OFFSET $skip);
                """;
            keep.Parameters.AddWithValue("$skip", w.Skip);
            keep.Parameters.AddWithValue("$take", w.Take);
            keep.ExecuteNonQuery();
        }

        var targets = Group(c, $"""
            SELECT k.id, {TargetFields} FROM picked k CROSS JOIN targets t ON t.document_id = k.document_id AND t.problem_id = k.key ORDER BY k.id, t.position;
            """, ReadTarget);
        var units = Group(c, $"""
            SELECT k.id, {UnitFields} FROM picked k CROSS JOIN units u ON u.document_id = k.document_id AND u.owner_id = k.key
            WHERE u.role IN ({UnitCodes.Of(UnitRole.Lead)}, {UnitCodes.Of(UnitRole.Responsible)}) ORDER BY k.id, u.role, u.position;
            """, ReadUnit);
        var measureLeads = Group(c, $"""
            SELECT k.id, {UnitFields} FROM picked k CROSS JOIN measures m ON m.document_id = k.document_id AND m.problem_id = k.key
            CROSS JOIN units u ON u.document_id = m.document_id AND u.owner_id = {RowKeys.MeasureKey("m")}
            WHERE u.role = {UnitCodes.Of(UnitRole.Lead)} ORDER BY k.id, m.position, u.position;
            """, ReadUnit);

        var facts = new List<ProblemFacts>();
        using var cmd = c.CreateCommand();
        cmd.CommandText = """
            SELECT p.id, p.document_id, p.position, p.label, p.title, p.deadline_raw, p.deadline_date, p.deadline_kind, p.deadline_status,
                   p.deadline_ongoing, p.deadline_unread, p.deadline_immediate,
                   (SELECT COUNT(*) FROM measures m WHERE m.document_id = p.document_id AND m.problem_id = k.key) AS measure_count
            FROM picked k CROSS JOIN problems p ON p.id = k.id ORDER BY p.document_id, p.position;
            """;
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var id = r.GetString(0);
            var own = units.GetValueOrDefault(id) ?? [];
            var deadline = new Deadline(Text(r, 5)?.Trim() ?? "", Text(r, 6), Wire<DeadlineKind>(r, 7), Text(r, 8), r.GetInt32(9) == 1, r.GetInt32(10) == 1)
            {
                Immediate = r.GetInt32(11) == 1,
            };
            facts.Add(new ProblemFacts(r.GetString(1), r.GetInt32(2), r.GetString(3), r.GetString(4), deadline, targets.GetValueOrDefault(id) ?? [],
                Order(own), measureLeads.GetValueOrDefault(id) ?? [], r.GetInt32(12)));
        }
        return new FactsPage(facts, plans);
    }

    /// <summary>The columns a unit is read from (never the whole row).</summary>
    /// <summary>The columns a target is read from, after its problem's id (<see cref="ReadTarget"/>).</summary>
    internal const string TargetFields = "t.metric, t.metric_key, t.cmp, t.value, t.unit, t.by_when, t.text, t.kind, t.source, t.measure_position, t.themes";

    internal const string UnitFields = "u.role, u.name, u.department_id, u.department_name, u.department_name_en, u.department_kind, u.level";

    /// <summary>A page of the plans' summaries in id order (<paramref name="skip"/> plans skipped), and how many plans there are.</summary>
    public static (IReadOnlyList<PlanSummary> Page, int Total) SummaryPage(SqliteConnection c, int skip, int take)
    {
        using var count = c.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM documents;";
        var total = Convert.ToInt32(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        using var cmd = c.CreateCommand();
        cmd.CommandText = """
            SELECT d.*, (SELECT COUNT(*) FROM problems p WHERE p.document_id = d.id) AS problem_count,
                   (SELECT COUNT(*) FROM measures m WHERE m.document_id = d.id) AS measure_count
            FROM (SELECT id FROM documents ORDER BY id LIMIT $take OFFSET $skip) page CROSS JOIN documents d ON d.id = page.id ORDER BY d.id;
            """;
        cmd.Parameters.AddWithValue("$take", take);
        cmd.Parameters.AddWithValue("$skip", skip);
        return (ReadSummaries(cmd), total);
    }

    /// <summary>The summaries a query of <c>d.*, problem_count, measure_count</c> rows gives, in its order.</summary>
    private static List<PlanSummary> ReadSummaries(SqliteCommand cmd)
    {
        using var r = cmd.ExecuteReader();
        var list = new List<PlanSummary>();
        while (r.Read())
            list.Add(new PlanSummary(PlanReader.Str(r, "id")!, PlanReader.Metadata(r), PlanReader.Int(r, "problem_count")!.Value, PlanReader.Int(r, "measure_count")!.Value));
        return list;
    }

    /// <summary>Summaries of the plans <paramref name="ids"/> (all when null), by id.</summary>
    public static IReadOnlyList<PlanSummary> Summaries(SqliteConnection c, IReadOnlyCollection<string>? ids)
    {
        if (ids is not null)
            Fill(c, "asked_plans", ids);
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"""
            SELECT d.*, (SELECT COUNT(*) FROM problems p WHERE p.document_id = d.id) AS problem_count,
                   (SELECT COUNT(*) FROM measures m WHERE m.document_id = d.id) AS measure_count
            FROM {(ids is null ? "documents d" : "asked_plans a CROSS JOIN documents d ON d.id = a.id")} ORDER BY d.id;
            """;
        return ReadSummaries(cmd);
    }

    /// <summary>Counts of every theme that tags something, by theme id: the counts triggers keep as theme rows come and go.</summary>
    public static IReadOnlyDictionary<string, ThemeCount> ThemeCounts(SqliteConnection c)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT theme_id, problems, primaries, measures FROM theme_counts WHERE problems > 0 OR measures > 0;";
        using var r = cmd.ExecuteReader();
        var counts = new Dictionary<string, ThemeCount>(StringComparer.Ordinal);
        while (r.Read())
            counts[r.GetString(0)] = new ThemeCount(r.GetString(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3));
        return counts;
    }

    /// <summary>A problem's units in the order enrichment lists them: lead, support, responsible, then the other roles.</summary>
    private static List<AssignedUnit> Order(IReadOnlyList<AssignedUnit> units) =>
        units.OrderBy(u => Array.IndexOf(PlanReader.ProblemRoles, u.Role)).ToList();

    /// <summary>
    /// A unit from the owner's column and <see cref="UnitFields"/>; a department written by its id alone is the
    /// vocabulary's (an id it does not hold is damage: <see cref="FormatException"/>).
    /// </summary>
    internal static AssignedUnit ReadUnit(SqliteDataReader r)
    {
        var department = Text(r, 3) is not { } id ? null
            : Text(r, 4) is { } name ? new Department(id, name, r.GetString(5), r.GetString(6))
            : Core.Enrichment.Departments.DepartmentVocabulary.Default.Find(id) ?? throw new FormatException($"department '{id}' is not in the vocabulary");
        return new AssignedUnit(r.GetString(2), UnitCodes.Role(r.GetInt64(1)), department, r.IsDBNull(7) ? null : UnitCodes.Level(r.GetInt64(7)));
    }

    internal static Target ReadTarget(SqliteDataReader r) =>
        new(r.GetString(1), r.GetString(2), Comparators.Parse(r.GetString(3)) ?? throw new FormatException($"comparator {r.GetString(3)}"), r.GetDouble(4),
            r.GetString(5), Text(r, 6), r.GetString(7), r.GetString(8) == "finding" ? TargetKind.Finding : TargetKind.Target, r.GetString(9),
            r.IsDBNull(10) ? null : r.GetInt32(10))
        {
            Themes = r.GetString(11).Split(' ', StringSplitOptions.RemoveEmptyEntries),
        };

    private static string? Text(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static T Wire<T>(SqliteDataReader r, int i) where T : struct, Enum =>
        WireNames.Parse<T>(Text(r, i)) ?? throw new FormatException($"'{Text(r, i)}' is not a {typeof(T).Name}");

    /// <summary>Rows grouped by their first column (the owner), read by <paramref name="read"/>, in query order.</summary>
    private static Dictionary<string, List<T>> Group<T>(SqliteConnection c, string sql, Func<SqliteDataReader, T> read)
    {
        var result = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var owner = r.GetString(0);
            if (!result.TryGetValue(owner, out var list))
                result[owner] = list = [];
            list.Add(read(r));
        }
        return result;
    }

    /// <summary>A temporary table of one column, <c>id</c>, holding <paramref name="values"/>.</summary>
    private static void Fill(SqliteConnection c, string table, IEnumerable<string> values)
    {
        Execute(c, $"CREATE TEMP TABLE IF NOT EXISTS {table} (id TEXT PRIMARY KEY); DELETE FROM {table};");
        using var tx = c.BeginTransaction();
        using var insert = c.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = $"INSERT OR IGNORE INTO {table} (id) VALUES ($id);";
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        foreach (var value in values)
        {
            id.Value = value;
            insert.ExecuteNonQuery();
        }
        tx.Commit();
    }
}
