using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Data.Sqlite;
using Rectify.Search.Core.Model;

namespace Rectify.Search.Storage.Drafts;

/// <summary>A stored draft as listed: without its problems' composed items.</summary>
public sealed record DraftSummary(string Id, string Title, Region? Region, int Year, int Problems, string Created, string Updated);

/// <summary>Reads and writes drafts (tables drafts, draft_problems): a draft is written whole, in one transaction.</summary>
internal static class DraftRows
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>What a problem row's composed column holds.</summary>
    private sealed record Composed(IReadOnlyList<string> Themes, DraftItem? Target, DraftDeadline? Deadline, IReadOnlyList<DraftItem> LeadUnits, IReadOnlyList<DraftItem> SupportUnits, IReadOnlyList<DraftItem> Measures);

    public static void Save(SqliteConnection connection, Draft draft)
    {
        using var tx = connection.BeginTransaction();
        Run(connection, tx, "DELETE FROM drafts WHERE id = $id;", ("$id", draft.Id));
        Run(connection, tx, "INSERT INTO drafts (id, title, region, year, created, updated) VALUES ($id, $title, $region, $year, $created, $updated);",
            ("$id", draft.Id), ("$title", draft.Title), ("$region", draft.Region is null ? null : JsonSerializer.Serialize(draft.Region, Json)),
            ("$year", draft.Year), ("$created", draft.Created), ("$updated", draft.Updated));
        foreach (var (p, i) in draft.Problems.Select((p, i) => (p, i)))
        {
            Run(connection, tx, "INSERT INTO draft_problems (draft_id, position, label, text, composed) VALUES ($id, $position, $label, $text, $composed);",
                ("$id", draft.Id), ("$position", i + 1), ("$label", p.Label), ("$text", p.Text),
                ("$composed", JsonSerializer.Serialize(new Composed(p.Themes, p.Target, p.Deadline, p.LeadUnits, p.SupportUnits, p.Measures), Json)));
        }
        tx.Commit();
    }

    public static Draft? Load(SqliteConnection connection, string id)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT title, region, year, created, updated FROM drafts WHERE id = $id;";
        cmd.Parameters.AddWithValue("$id", id);
        string title, created, updated;
        string? region;
        int year;
        using (var r = cmd.ExecuteReader())
        {
            if (!r.Read())
                return null;
            (title, region, year, created, updated) = (r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetInt32(2), r.GetString(3), r.GetString(4));
        }
        var problems = new List<DraftProblem>();
        using var rows = connection.CreateCommand();
        rows.CommandText = "SELECT label, text, composed FROM draft_problems WHERE draft_id = $id ORDER BY position;";
        rows.Parameters.AddWithValue("$id", id);
        using (var r = rows.ExecuteReader())
        {
            while (r.Read())
            {
                var c = JsonSerializer.Deserialize<Composed>(r.GetString(2), Json) ?? throw new InvalidDataException($"draft {id}: a problem's composed items are empty");
                problems.Add(new DraftProblem(r.GetString(0), r.GetString(1), c.Themes ?? [], c.Target, c.Deadline, c.LeadUnits ?? [], c.SupportUnits ?? [], c.Measures ?? []));
            }
        }
        return new Draft(id, title, region is null ? null : JsonSerializer.Deserialize<Region>(region, Json), year, problems, created, updated);
    }

    public static IReadOnlyList<DraftSummary> List(SqliteConnection connection)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            SELECT d.id, d.title, d.region, d.year, (SELECT COUNT(*) FROM draft_problems p WHERE p.draft_id = d.id), d.created, d.updated
            FROM drafts d ORDER BY d.updated DESC, d.id;
            """;
        using var r = cmd.ExecuteReader();
        var list = new List<DraftSummary>();
        while (r.Read())
            list.Add(new DraftSummary(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : JsonSerializer.Deserialize<Region>(r.GetString(2), Json), r.GetInt32(3), r.GetInt32(4), r.GetString(5), r.GetString(6)));
        return list;
    }

    public static bool Delete(SqliteConnection connection, string id)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "DELETE FROM drafts WHERE id = $id;";
        cmd.Parameters.AddWithValue("$id", id);
        return cmd.ExecuteNonQuery() > 0;
    }

    private static void Run(SqliteConnection connection, SqliteTransaction tx, string sql, params (string Name, object? Value)[] parameters)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters)
            cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        cmd.ExecuteNonQuery();
    }
}
