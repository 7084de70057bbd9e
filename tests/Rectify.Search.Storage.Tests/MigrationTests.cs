using System.Text.Json;
using Rectify.Search.Core.Ingestion;
using Rectify.Search.Core.Model;

using static Rectify.Search.Storage.Tests.StoreFile;

namespace Rectify.Search.Storage.Tests;

/// <summary>
/// A store written by the previous schema (3: themes stored, deadlines, targets and departments recomputed on every
/// read) is migrated in place: every plan kept, with the values enrichment reads now stored beside it.
/// The fixture was written by <c>rectify index</c> at schema 3 from seeds 000 (兴国县) and 001 (保靖县).
/// </summary>
public sealed class MigrationTests
{
    private const string Xingguo = "000_fd899eb3d1702b98";
    private const string Baojing = "001_5cb408abd5d47804";

    private static string Schema3Store(TempDirectory dir)
    {
        var path = dir.File("rectify.db");
        File.Copy(Path.Combine(RepoFiles.Root, "tests", "Rectify.Search.Storage.Tests", "Fixtures", "store-schema3.db"), path);
        return path;
    }

    private static long UserVersion(string path) => (long)Sql(path, "PRAGMA user_version;")!;

    [Fact]
    public void ASchema3StoreIsMigratedWithEveryPlanAndItsEnrichedValues()
    {
        using var dir = new TempDirectory();
        var path = Schema3Store(dir);
        UserVersion(path).Should().Be(3);

        using (var store = PlanStore.Open(path))
        {
            store.List().Select(d => (d.Id, d.Problems, d.Measures)).Should().Equal((Xingguo, 17, 41), (Baojing, 25, 89));
            foreach (var id in new[] { Xingguo, Baojing })
            {
                var migrated = store.Load(id)!;
                var fresh = PlanFiles.Read(RepoFiles.Seed(id));
                // What schema 3 held reads back as it did, and the derived values are those a fresh reading gives.
                Json(migrated.Problems.Select(p => new { p.Label, p.Text, p.Fields })).Should().Be(Json(fresh.Problems.Select(p => new { p.Label, p.Text, p.Fields })));
                // A target's themes come from its problem's as stored (the old pipeline's): compared apart, below.
                Json(migrated.Problems.Select(p => new { p.Deadline, Targets = p.Targets.Select(t => t with { Themes = [] }), p.Units, Measures = p.Measures.Select(m => new { m.Deadline, m.Units }) }))
                    .Should().Be(Json(fresh.Problems.Select(p => new { p.Deadline, Targets = p.Targets.Select(t => t with { Themes = [] }), p.Units, Measures = p.Measures.Select(m => new { m.Deadline, m.Units }) })));
                migrated.Problems.SelectMany(p => p.Targets).Should().OnlyContain(t => t.Themes.Count > 0);
            }
            var baojing = store.Load(Baojing)!;
            // The themes as the old pipeline tagged them (since then a failing only listed in a finding is no longer a
            // secondary theme); the next ingestion tags the plan again.
            baojing.Problems[0].Themes.Select(t => t.ThemeId).Should().Equal("accountability", "yangtze-protection", "sewage-network", "mine-restoration", "tailings", "heavy-metals", "fertilizer-reduction");
            baojing.Problems.SelectMany(p => p.Targets).Should().NotBeEmpty();
            baojing.Problems.SelectMany(p => p.Units).Should().Contain(u => u.Department != null);
            baojing.Problems.Should().Contain(p => p.Deadline.Kind == DeadlineKind.Date && p.Deadline.Date != null);
            // Read by the old pipeline: the next ingestion reads the plan again from its file.
            var hash = PlanPipeline.Hash(File.ReadAllBytes(RepoFiles.Seed(Xingguo)));
            store.Source(Xingguo)!.Should().Match<StoredSource>(s => s.ContentHash == hash && s.ParserVersion != PlanPipeline.Version);
        }
        UserVersion(path).Should().Be(Schema.Version);
    }

    [Fact]
    public void ASchema5StoreGetsEachTargetsOwnThemesAndKeepsEverythingElse()
    {
        using var dir = new TempDirectory();
        var path = dir.File("rectify.db");
        var plan = PlanFiles.Read(RepoFiles.Seed(Xingguo));
        using (var store = PlanStore.Open(path))
            store.Upsert(plan, file: new SourceFile(12345, 638000000000000000));
        // The store as schema 5 left it: no themes column on targets.
        Sql(path, "ALTER TABLE targets DROP COLUMN themes; PRAGMA user_version = 5;");

        using (var store = PlanStore.Open(path))
        {
            var migrated = store.Load(Xingguo)!;
            // 六: 化学农药使用量实现零增长 and the green-control counts count under pesticide reduction, not fertilizer reduction.
            migrated.Problems.Single(p => p.Label == "六").Targets.Where(t => t.Kind == TargetKind.Target).Select(t => string.Join(' ', t.Themes))
                .Should().Equal("pesticide-reduction", "pesticide-reduction", "pesticide-reduction", "pesticide-reduction");
            Json(migrated.Problems.Select(p => new { p.Label, p.Targets })).Should().Be(Json(plan.Problems.Select(p => new { p.Label, p.Targets })));
        }
        UserVersion(path).Should().Be(Schema.Version);
        // The file's size and time stay with the rewritten rows: it is not read again to be known unchanged.
        Sql(path, "SELECT source_size || ' ' || source_modified FROM documents;").Should().Be("12345 638000000000000000");
    }

    [Fact]
    public void ASchema10StoreKeepsEveryRowInTablesKeyedWithoutRowidsMeasuresIncluded()
    {
        using var dir = new TempDirectory();
        var path = dir.File("rectify.db");
        var plan = PlanFiles.Read(RepoFiles.Seed(Xingguo));
        using (var store = PlanStore.Open(path))
            store.Upsert(plan);
        string[] keyed = ["targets", "units", "leaders", "diagnostics", "themes"];
        var rows = keyed.ToDictionary(t => t, t => (long)Sql(path, $"SELECT COUNT(*) FROM {t};")!);
        // The store as schema 10 left it: the same tables with rowids, every theme context and department name in full.
        foreach (var table in keyed)
        {
            var definition = System.Text.RegularExpressions.Regex.Match(Schema.Create, $@"CREATE TABLE IF NOT EXISTS {table} \((?s:.*?)\) WITHOUT ROWID;").Value;
            Sql(path, $"ALTER TABLE {table} RENAME TO {table}_v11; {definition.Replace(" WITHOUT ROWID", "")} INSERT INTO {table} SELECT * FROM {table}_v11; DROP TABLE {table}_v11;");
        }
        // Measures and sections as schemas up to 11 kept them: by a rowid, their id the primary key (a measure's foreign key to its problem), indexes beside.
        var measures = (long)Sql(path, "SELECT COUNT(*) FROM measures;")!;
        Sql(path, $"""
            ALTER TABLE measures RENAME TO measures_v12;
            CREATE TABLE measures (
                id TEXT PRIMARY KEY, problem_id TEXT NOT NULL REFERENCES problems(id) ON DELETE CASCADE,
                document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, position INTEGER NOT NULL, ordinal TEXT NOT NULL,
                group_label TEXT, text TEXT NOT NULL, responsible_person TEXT, line INTEGER NOT NULL, deadline_raw TEXT, deadline_date TEXT,
                deadline_kind TEXT, deadline_status TEXT, deadline_ongoing INTEGER NOT NULL DEFAULT 0, deadline_unread INTEGER NOT NULL DEFAULT 0,
                deadline_immediate INTEGER NOT NULL DEFAULT 0);
            INSERT INTO measures SELECT * FROM measures_v12; DROP TABLE measures_v12;
            CREATE INDEX measures_by_problem_ids ON measures(problem_id, position, id);
            CREATE INDEX measures_by_document ON measures(document_id);
            ALTER TABLE sections RENAME TO sections_v12;
            CREATE TABLE sections (
                id TEXT PRIMARY KEY, document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, parent_id TEXT,
                position INTEGER NOT NULL, level INTEGER NOT NULL, ordinal TEXT NOT NULL, heading TEXT NOT NULL, text TEXT NOT NULL, line INTEGER NOT NULL);
            INSERT INTO sections SELECT * FROM sections_v12; DROP TABLE sections_v12;
            CREATE INDEX sections_by_document ON sections(document_id, position);
            """);
        Sql(path, "UPDATE units SET department_name = '生态环境', department_name_en = 'ecology & environment', department_kind = 'department' WHERE department_id = 'ecology-environment';");
        Sql(path, Schema.ThemeCounts + "PRAGMA user_version = 10;");
        Sql(path, "SELECT COUNT(*) FROM sqlite_schema WHERE sql LIKE '%WITHOUT ROWID%' AND name <> 'theme_counts';").Should().Be(0L);
        Sql(path, "SELECT COUNT(*) FROM units WHERE department_name IS NOT NULL;").Should().NotBe(0L);

        using (var store = PlanStore.Open(path))
        {
            Json(store.Load(Xingguo)).Should().Be(Json(plan));
            // The theme counts' triggers follow the rebuilt table: a second plan adds to them.
            store.Upsert(PlanFiles.Read(RepoFiles.Seed(Baojing)));
        }
        UserVersion(path).Should().Be(Schema.Version);
        Sql(path, "SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE '%WITHOUT ROWID' ORDER BY name);")
            .Should().Be("diagnostics leaders measures sections targets theme_counts themes units");
        Sql(path, "SELECT COUNT(*) FROM sqlite_schema WHERE name LIKE '%_rebuilt';").Should().Be(0L);
        Sql(path, "SELECT COUNT(*) FROM sqlite_schema WHERE type = 'index' AND tbl_name IN ('measures', 'sections') AND name NOT LIKE 'sqlite_autoindex%';").Should().Be(0L);
        Sql(path, $"SELECT COUNT(*) FROM measures WHERE document_id = '{Xingguo}';").Should().Be(measures);
        Sql(path, "SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_schema WHERE type IN ('index', 'trigger') AND tbl_name IN ('targets', 'themes') ORDER BY name);")
            .Should().Be("targets_by_metric theme_counts_on_delete theme_counts_on_insert themes_of_problems");
        Sql(path, $"SELECT COUNT(*) FROM themes WHERE document_id = '{Xingguo}';").Should().Be(rows["themes"]);
        Sql(path, $"SELECT COUNT(*) FROM units WHERE document_id = '{Xingguo}';").Should().Be(rows["units"]);
        Sql(path, "SELECT SUM(problems) FROM theme_counts;").Should().Be(Sql(path, "SELECT COUNT(*) FROM themes WHERE owner_kind = 'problem';"));
    }

    [Fact]
    public void AStoreOlderThanTheMigrationsReachIsEmptiedToBeRebuiltFromItsFiles()
    {
        using var dir = new TempDirectory();
        var path = Schema3Store(dir);
        Sql(path, "PRAGMA user_version = 2;");
        using var store = PlanStore.Open(path);
        store.List().Should().BeEmpty();
        UserVersion(path).Should().Be(Schema.Version);
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
