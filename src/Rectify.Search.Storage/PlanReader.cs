using Microsoft.Data.Sqlite;
using Rectify.Search.Core.Model;

namespace Rectify.Search.Storage;

/// <summary>Reads one stored plan back into the model, in document order.</summary>
internal static class PlanReader
{
    public static PlanDocument? Read(SqliteConnection connection, string documentId, SqliteTransaction? tx = null)
    {
        using var doc = Query(connection, tx, "SELECT * FROM documents WHERE id = $id;", documentId);
        if (!doc.Read())
            return null;
        var metadata = Metadata(doc);
        var sourcePath = Str(doc, "source_path")!;
        var hash = Str(doc, "content_hash")!;
        var encoding = Str(doc, "encoding")!;

        var texts = ReadTexts(connection, documentId, tx);
        var units = ReadUnits(connection, documentId, tx);
        var names = ReadNames(connection, documentId, tx);
        var themes = ReadThemes(connection, documentId, tx);
        var targets = ReadTargets(connection, documentId, tx);
        var measuresByProblem = ReadMeasures(connection, documentId, tx, units, texts);
        var problems = new List<Problem>();
        var nextText = 0;
        var nextMatches = 0;
        // A theme row's matches are in its column, or, where it holds "", next among the compressed texts (in the order written).
        string Matches(string column) => column.Length > 0 ? column
            : texts is not null && nextMatches < texts.Matches.Count ? texts.Matches[nextMatches++]
            : throw new FormatException($"{documentId}: fewer compressed theme matches than theme rows");
        List<ThemeTag> Tags(string owner, MatchColumn.FieldText text) =>
            themes.TryGetValue(owner, out var rows) ? rows.Select(t => new ThemeTag(t.ThemeId, t.Score, MatchColumn.Read(Matches(t.Matches), text))).ToList() : [];
        string Next() => nextText < texts!.Problems.Count ? texts.Problems[nextText++] : throw new FormatException($"{documentId}: fewer compressed texts than problems");
        using (var r = Query(connection, tx, "SELECT * FROM problems WHERE document_id = $id ORDER BY position;", documentId))
        {
            while (r.Read())
            {
                var id = Str(r, "id")!;
                var measures = measuresByProblem.GetValueOrDefault(id) ?? [];
                var problemText = texts is null ? Str(r, "text")! : Next();
                var target = texts is null || Str(r, "target") is null ? Str(r, "target") : Next();
                var problem = new Problem(
                    Int(r, "position")!.Value, Str(r, "label")!, Str(r, "feedback_no"), Str(r, "title")!, problemText,
                    PlanStore.FromJson(Str(r, "categories")!),
                    new ProblemFields(
                        target, Str(r, "deadline_raw"), Str(r, "status_note"),
                        Names(units, (id, UnitRole.Lead)), Names(units, (id, UnitRole.Support)), Names(units, (id, UnitRole.Responsible)),
                        Get(names, (id, "leader")), Get(names, (id, "person")),
                        Int(r, "not_applicable") == 1, Str(r, "not_applicable_note"), Int(r, "truncated") == 1)
                    {
                        DeadlineSource = Str(r, "deadline_source"),
                        Progress = Str(r, "progress"),
                        Location = Str(r, "location"),
                        OtherUnits = RoleUnit.Roles.SelectMany(role => Names(units, (id, role)).Select(n => new RoleUnit(role, n))).ToList(),
                    },
                    measures.Select(m => m.Measure).ToList(),
                    Int(r, "line")!.Value)
                {
                    Deadline = ProblemDeadline(r),
                    Targets = targets.GetValueOrDefault(id) ?? [],
                    Units = ProblemRoles.SelectMany(role => Get(units, (id, role))).ToList(),
                    Places = PlaceColumn.Read(Str(r, "places")),
                };
                // A theme's contexts are read from the texts of the problem and its measures.
                var text = MatchColumn.Of(problem);
                problems.Add(problem with
                {
                    Themes = Tags(id, text),
                    Measures = measures.Select(m => m.Measure with { Themes = Tags(m.Id, text) }).ToList(),
                });
            }
        }
        return new PlanDocument(documentId, sourcePath, hash, encoding, metadata, ReadSections(connection, documentId, tx, texts), problems, ReadDiagnostics(connection, documentId, tx));
    }

    /// <summary>A document row's metadata.</summary>
    internal static PlanMetadata Metadata(SqliteDataReader doc)
    {
        var region = Str(doc, "region_code") is { } code
            ? new Region(Str(doc, "province")!, Str(doc, "city"), Str(doc, "county"), code, Wire<RegionLevel>(doc, "region_level"))
            : null;
        var regionEvidence = Str(doc, "region_source") is { } regionSource
            ? new RegionEvidenceSummary(regionSource, Real(doc, "region_confidence") ?? 0, Str(doc, "region_zone"))
            : null;
        return new PlanMetadata(
            Str(doc, "title"), Str(doc, "edition"), Str(doc, "issuing_body"), Str(doc, "document_number"), Str(doc, "date"),
            Int(doc, "year"), Str(doc, "year_source"),
            new InspectionInfo(Str(doc, "inspection_kind"), Int(doc, "inspection_round"), Int(doc, "inspection_follow_up") == 1,
                Str(doc, "inspection_group"), Str(doc, "inspection_evidence")) { Special = Int(doc, "inspection_special") == 1 },
            region, Str(doc, "list_title"))
        {
            Layout = Str(doc, "layout")!, YearConfidence = Real(doc, "year_confidence"), RegionEvidence = regionEvidence,
            Places = PlaceColumn.Read(Str(doc, "places")),
        };
    }

    /// <summary>A problem row's deadline.</summary>
    internal static Deadline ProblemDeadline(SqliteDataReader r) =>
        new(Str(r, "deadline_raw")?.Trim() ?? "", Str(r, "deadline_date"), Wire<DeadlineKind>(r, "deadline_kind"), Str(r, "deadline_status"),
            Int(r, "deadline_ongoing") == 1, Int(r, "deadline_unread") == 1) { Immediate = Int(r, "deadline_immediate") == 1 };

    /// <summary>The order of a problem's units: as the enricher lists them.</summary>
    internal static readonly UnitRole[] ProblemRoles = [UnitRole.Lead, UnitRole.Support, UnitRole.Responsible, .. RoleUnit.Roles];

    /// <summary>
    /// Each problem's measures (by problem id) with their ids, in order, without their themes. Read in the order they
    /// were written (by problem position, then measure position), the order of their compressed texts.
    /// </summary>
    private static Dictionary<string, List<(string Id, Measure Measure)>> ReadMeasures(SqliteConnection c, string documentId, SqliteTransaction? tx, Dictionary<(string, UnitRole), List<AssignedUnit>> units,
        PlanTexts? texts)
    {
        var result = new Dictionary<string, List<(string, Measure)>>();
        var read = 0;
        using var r = Query(c, tx, $"SELECT m.*, p.position AS problem_position FROM measures m CROSS JOIN problems p ON p.id = {RowKeys.RecordId("m", "problem_id")} WHERE m.document_id = $id ORDER BY p.position, m.position;", documentId);
        while (r.Read())
        {
            var problemId = RecordIds.Problem(documentId, Int(r, "problem_position")!.Value);
            var id = RecordIds.Measure(documentId, Int(r, "problem_position")!.Value, Int(r, "position")!.Value);
            if (!result.TryGetValue(problemId, out var list))
                result[problemId] = list = [];
            var text = texts is null ? Str(r, "text")! : texts.Measures.ElementAtOrDefault(read);
            read++;
            // A measure past the compressed texts is only counted: the counts are compared below.
            if (text is null)
                continue;
            list.Add((id, new Measure(Int(r, "position")!.Value, Str(r, "ordinal")!, Str(r, "group_label"), text,
                Names(units, (id, UnitRole.Responsible)), Names(units, (id, UnitRole.Lead)), Str(r, "responsible_person"), Int(r, "line")!.Value)
            {
                Deadline = Str(r, "deadline_kind") is not null
                    ? new Deadline(Str(r, "deadline_raw") ?? "", Str(r, "deadline_date"), Wire<DeadlineKind>(r, "deadline_kind"), Str(r, "deadline_status"), Int(r, "deadline_ongoing") == 1,
                        Int(r, "deadline_unread") == 1) { Immediate = Int(r, "deadline_immediate") == 1 }
                    : null,
                Units = [.. Get(units, (id, UnitRole.Lead)), .. Get(units, (id, UnitRole.Responsible))],
            }));
        }
        if (texts is not null && read != texts.Measures.Count)
            throw new FormatException($"{documentId}: {texts.Measures.Count} compressed measure texts for {read} measures");
        return result;
    }

    private static IReadOnlyList<Section> ReadSections(SqliteConnection c, string documentId, SqliteTransaction? tx, PlanTexts? texts)
    {
        var rows = new List<(string Id, string? Parent, Section Section)>();
        using (var r = Query(c, tx, "SELECT * FROM sections WHERE document_id = $id ORDER BY position;", documentId))
        {
            while (r.Read())
            {
                var at = 2 * rows.Count;
                if (texts is not null && at + 1 >= texts.Sections.Count)
                    throw new FormatException($"{documentId}: fewer compressed texts than sections");
                var (heading, text) = texts is null ? (Str(r, "heading")!, Str(r, "text")!) : (texts.Sections[at], texts.Sections[at + 1]);
                rows.Add((RowKeys.Of(documentId, RecordIds.Section(documentId, Int(r, "position")!.Value)), Str(r, "parent_id"), new Section(Int(r, "level")!.Value, Str(r, "ordinal")!, heading, text, Int(r, "line")!.Value, [])));
            }
        }
        Section Build(string id, Section s) =>
            s with { Children = rows.Where(x => x.Parent == id).Select(x => Build(x.Id, x.Section)).ToList() };
        return rows.Where(x => x.Parent is null).Select(x => Build(x.Id, x.Section)).ToList();
    }

    /// <summary>The plan's compressed texts (<see cref="PlanTexts"/>); null for a plan written before schema 11, whose rows hold them.</summary>
    private static PlanTexts? ReadTexts(SqliteConnection c, string documentId, SqliteTransaction? tx)
    {
        using var r = Query(c, tx, "SELECT texts FROM plan_texts WHERE document_id = $id;", documentId);
        return r.Read() ? PlanTexts.Decompress((byte[])r.GetValue(0)) : null;
    }

    /// <summary>The theme rows of a plan by owner id, in order; their matches column as written ("" where they are among the compressed texts).</summary>
    private static Dictionary<string, List<(string ThemeId, double Score, string Matches)>> ReadThemes(SqliteConnection c, string documentId, SqliteTransaction? tx)
    {
        var result = new Dictionary<string, List<(string, double, string)>>();
        using var r = Query(c, tx, $"SELECT {RowKeys.RecordId("t", "owner_id")}, theme_id, score, matches FROM themes t WHERE document_id = $id ORDER BY owner_id, position;", documentId);
        while (r.Read())
        {
            var owner = r.GetString(0);
            if (!result.TryGetValue(owner, out var list))
                result[owner] = list = [];
            list.Add((r.GetString(1), r.GetDouble(2), r.GetString(3)));
        }
        return result;
    }


    private static IReadOnlyList<Diagnostic> ReadDiagnostics(SqliteConnection c, string documentId, SqliteTransaction? tx)
    {
        var list = new List<Diagnostic>();
        using var r = Query(c, tx, "SELECT * FROM diagnostics WHERE document_id = $id ORDER BY position;", documentId);
        while (r.Read())
        {
            var severity = Str(r, "severity") == "warning" ? Severity.Warning : Severity.Info;
            list.Add(new Diagnostic(severity, Int(r, "line"), Str(r, "code")!, Str(r, "message")!));
        }
        return list;
    }

    private static Dictionary<(string, UnitRole), List<AssignedUnit>> ReadUnits(SqliteConnection c, string documentId, SqliteTransaction? tx)
    {
        var result = new Dictionary<(string, UnitRole), List<AssignedUnit>>();
        using var r = Query(c, tx, $"SELECT {RowKeys.RecordId("u", "owner_id")}, {Facts.FactsReader.UnitFields} FROM units u WHERE u.document_id = $id ORDER BY u.owner_id, u.role, u.position;", documentId);
        while (r.Read())
        {
            var unit = Facts.FactsReader.ReadUnit(r);
            var key = (r.GetString(0), unit.Role);
            if (!result.TryGetValue(key, out var list))
                result[key] = list = [];
            list.Add(unit);
        }
        return result;
    }

    private static Dictionary<string, List<Target>> ReadTargets(SqliteConnection c, string documentId, SqliteTransaction? tx)
    {
        var result = new Dictionary<string, List<Target>>();
        using var r = Query(c, tx, $"SELECT {RowKeys.RecordId("t", "problem_id")}, {Facts.FactsReader.TargetFields} FROM targets t WHERE t.document_id = $id ORDER BY t.problem_id, t.position;", documentId);
        while (r.Read())
        {
            var owner = r.GetString(0);
            if (!result.TryGetValue(owner, out var list))
                result[owner] = list = [];
            list.Add(Facts.FactsReader.ReadTarget(r));
        }
        return result;
    }

    private static IReadOnlyList<string> Names(Dictionary<(string, UnitRole), List<AssignedUnit>> units, (string, UnitRole) key) =>
        units.TryGetValue(key, out var list) ? list.Select(u => u.Name).ToList() : [];

    private static IReadOnlyList<AssignedUnit> Get(Dictionary<(string, UnitRole), List<AssignedUnit>> units, (string, UnitRole) key) =>
        units.TryGetValue(key, out var list) ? list : [];

    private static Dictionary<(string, string), List<string>> ReadNames(SqliteConnection c, string documentId, SqliteTransaction? tx) =>
        Group(c, $"SELECT {RowKeys.RecordId("l", "problem_id")}, kind, name FROM leaders l WHERE document_id = $id ORDER BY problem_id, kind, position;", documentId, tx);

    private static Dictionary<(string, string), List<string>> Group(SqliteConnection c, string sql, string documentId, SqliteTransaction? tx)
    {
        var result = new Dictionary<(string, string), List<string>>();
        using var r = Query(c, tx, sql, documentId);
        while (r.Read())
        {
            var key = (r.GetString(0), r.GetString(1));
            if (!result.TryGetValue(key, out var list))
                result[key] = list = [];
            list.Add(r.GetString(2));
        }
        return result;
    }

    private static IReadOnlyList<string> Get(Dictionary<(string, string), List<string>> map, (string, string) key) =>
        map.TryGetValue(key, out var list) ? list : [];

    private static SqliteDataReader Query(SqliteConnection c, SqliteTransaction? tx, string sql, string documentId)
    {
        var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.Parameters.AddWithValue("$id", documentId);
        return cmd.ExecuteReader(System.Data.CommandBehavior.Default);
    }

    /// <summary>An enum column, written by its <see cref="WireNames"/>; throws <see cref="FormatException"/> for any other text.</summary>
    internal static T Wire<T>(SqliteDataReader r, string column) where T : struct, Enum =>
        WireNames.Parse<T>(Str(r, column)) ?? throw new FormatException($"{column}: '{Str(r, column)}' is not a {typeof(T).Name}");

    internal static string? Str(SqliteDataReader r, string column)
    {
        var i = r.GetOrdinal(column);
        return r.IsDBNull(i) ? null : r.GetString(i);
    }

    internal static double? Real(SqliteDataReader r, string column)
    {
        var i = r.GetOrdinal(column);
        return r.IsDBNull(i) ? null : r.GetDouble(i);
    }

    internal static int? Int(SqliteDataReader r, string column)
    {
        var i = r.GetOrdinal(column);
        return r.IsDBNull(i) ? null : r.GetInt32(i);
    }
}
