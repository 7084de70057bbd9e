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

    /// <summary>
    /// Rewrites a store of this schema as schema 10 (<paramref name="keyed"/> false: every table with a rowid, measures
    /// and sections keyed by their id with indexes beside) or schema 12 left it (keyed WITHOUT ROWID): rows naming their
    /// problem or measure by its whole record id, units and themes with their owner's kind, measures and sections with
    /// their own ids, every department name in full.
    /// </summary>
    private static void WriteAsOldSchema(string path, bool keyed)
    {
        var rowid = keyed ? " WITHOUT ROWID" : "";
        var owner = "document_id || '.' || owner_id";
        var kind = "CASE WHEN instr(owner_id, '.') = 0 THEN 'problem' ELSE 'measure' END";
        // Roles and levels by name, as schemas before 13 wrote them.
        var role = $"CASE role {string.Concat(Enum.GetValues<UnitRole>().Select(r => $"WHEN {UnitCodes.Of(r)} THEN '{r.Wire()}' "))}END";
        var level = $"CASE level {string.Concat(Enum.GetValues<RegionLevel>().Select(l => $"WHEN {UnitCodes.Of(l)} THEN '{l.Wire()}' "))}END";
        Sql(path, $"""
            ALTER TABLE units RENAME TO units_new;
            CREATE TABLE units (owner_id TEXT NOT NULL, document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                owner_kind TEXT NOT NULL CHECK (owner_kind IN ('problem', 'measure')), role TEXT NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL,
                department_id TEXT, department_name TEXT, department_name_en TEXT, department_kind TEXT, level TEXT,
                PRIMARY KEY (document_id, owner_id, role, position)){rowid};
            INSERT INTO units SELECT {owner}, document_id, {kind}, {role}, position, name, department_id, department_name, department_name_en, department_kind, {level} FROM units_new;
            DROP TABLE units_new;
            ALTER TABLE themes RENAME TO themes_new;
            CREATE TABLE themes (owner_id TEXT NOT NULL, document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                owner_kind TEXT NOT NULL CHECK (owner_kind IN ('problem', 'measure')), position INTEGER NOT NULL, theme_id TEXT NOT NULL,
                score REAL NOT NULL, matches TEXT NOT NULL, PRIMARY KEY (document_id, owner_id, position)){rowid};
            INSERT INTO themes SELECT {owner}, document_id, {kind}, position, theme_id, score, matches FROM themes_new;
            DROP TABLE themes_new;
            CREATE INDEX themes_of_problems ON themes(theme_id, owner_id) WHERE owner_kind = 'problem';
            """);
        foreach (var table in new[] { "targets", "leaders", "diagnostics" })
        {
            var definition = System.Text.RegularExpressions.Regex.Match(Schema.Create, $@"CREATE TABLE IF NOT EXISTS {table} \((?s:.*?)\) WITHOUT ROWID;").Value;
            Sql(path, $"ALTER TABLE {table} RENAME TO {table}_new; {definition.Replace(" WITHOUT ROWID", rowid)} INSERT INTO {table} SELECT * FROM {table}_new; DROP TABLE {table}_new;");
        }
        Sql(path, "UPDATE targets SET problem_id = document_id || '.' || problem_id; UPDATE leaders SET problem_id = document_id || '.' || problem_id;");
        var measureColumns = "ordinal, group_label, text, responsible_person, line, deadline_raw, deadline_date, deadline_kind, deadline_status, deadline_ongoing, deadline_unread, deadline_immediate";
        Sql(path, $"""
            ALTER TABLE measures RENAME TO measures_new;
            CREATE TABLE measures (
                id TEXT {(keyed ? "NOT NULL" : "PRIMARY KEY")}, problem_id TEXT NOT NULL{(keyed ? "" : " REFERENCES problems(id) ON DELETE CASCADE")},
                document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, position INTEGER NOT NULL, ordinal TEXT NOT NULL,
                group_label TEXT, text TEXT NOT NULL, responsible_person TEXT, line INTEGER NOT NULL, deadline_raw TEXT, deadline_date TEXT,
                deadline_kind TEXT, deadline_status TEXT, deadline_ongoing INTEGER NOT NULL DEFAULT 0, deadline_unread INTEGER NOT NULL DEFAULT 0,
                deadline_immediate INTEGER NOT NULL DEFAULT 0{(keyed ? ", PRIMARY KEY (document_id, problem_id, position)) WITHOUT ROWID" : ")")};
            INSERT INTO measures SELECT document_id || '.' || problem_id || '.m' || position, document_id || '.' || problem_id, document_id, position, {measureColumns} FROM measures_new;
            DROP TABLE measures_new;
            ALTER TABLE sections RENAME TO sections_new;
            CREATE TABLE sections (
                id TEXT {(keyed ? "NOT NULL" : "PRIMARY KEY")}, document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, parent_id TEXT,
                position INTEGER NOT NULL, level INTEGER NOT NULL, ordinal TEXT NOT NULL, heading TEXT NOT NULL, text TEXT NOT NULL, line INTEGER NOT NULL
                {(keyed ? ", PRIMARY KEY (document_id, position)) WITHOUT ROWID" : ")")};
            INSERT INTO sections SELECT document_id || '.s' || position, document_id, document_id || '.' || parent_id, position, level, ordinal, heading, text, line FROM sections_new;
            DROP TABLE sections_new;
            """);
        if (!keyed)
        {
            Sql(path, """
                CREATE INDEX measures_by_problem_ids ON measures(problem_id, position, id);
                CREATE INDEX measures_by_document ON measures(document_id);
                CREATE INDEX sections_by_document ON sections(document_id, position);
                """);
        }
        Sql(path, "UPDATE units SET department_name = '生态环境', department_name_en = 'ecology & environment', department_kind = 'department' WHERE department_id = 'ecology-environment';");
        // The theme counts' triggers of those schemas, by the owner's kind.
        Sql(path, """
            DROP TRIGGER IF EXISTS theme_counts_on_insert; DROP TRIGGER IF EXISTS theme_counts_on_delete;
            CREATE TRIGGER theme_counts_on_insert AFTER INSERT ON themes BEGIN
                INSERT INTO theme_counts(theme_id) VALUES (new.theme_id) ON CONFLICT DO NOTHING;
                UPDATE theme_counts SET problems = problems + (new.owner_kind = 'problem'), primaries = primaries + (new.owner_kind = 'problem' AND new.position = 1),
                    measures = measures + (new.owner_kind = 'measure') WHERE theme_id = new.theme_id;
            END;
            CREATE TRIGGER theme_counts_on_delete AFTER DELETE ON themes BEGIN
                UPDATE theme_counts SET problems = problems - (old.owner_kind = 'problem'), primaries = primaries - (old.owner_kind = 'problem' AND old.position = 1),
                    measures = measures - (old.owner_kind = 'measure') WHERE theme_id = old.theme_id;
            END;
            """);
        Sql(path, $"PRAGMA user_version = {(keyed ? 12 : 10)};");
    }

    [Theory]
    [InlineData(10)]
    [InlineData(12)]
    public void AnOlderStoreKeepsEveryRowInTablesKeyedWithoutRowidsByKeysRelativeToTheirPlan(int schema)
    {
        using var dir = new TempDirectory();
        var path = dir.File("rectify.db");
        var plan = PlanFiles.Read(RepoFiles.Seed(Xingguo));
        using (var store = PlanStore.Open(path))
            store.Upsert(plan);
        string[] tables = ["targets", "units", "leaders", "diagnostics", "themes", "measures", "sections"];
        var rows = tables.ToDictionary(t => t, t => (long)Sql(path, $"SELECT COUNT(*) FROM {t};")!);
        var counts = Sql(path, "SELECT group_concat(theme_id || ' ' || problems || ' ' || primaries || ' ' || measures, ', ') FROM (SELECT * FROM theme_counts ORDER BY theme_id);");
        WriteAsOldSchema(path, keyed: schema == 12);
        Sql(path, "SELECT COUNT(*) FROM units WHERE owner_id LIKE '000_%' AND department_name IS NOT NULL;").Should().NotBe(0L);
        Sql(path, "SELECT group_concat(role, ' ') FROM (SELECT DISTINCT role FROM units ORDER BY role);").Should().Be("lead responsible");
        Sql(path, "SELECT COUNT(*) FROM sqlite_schema WHERE sql LIKE '%WITHOUT ROWID%' AND name <> 'theme_counts';").Should().Be(schema == 12 ? 7L : 0L);

        using (var store = PlanStore.Open(path))
        {
            Json(store.Load(Xingguo)).Should().Be(Json(plan));
            // The theme counts' triggers follow the rebuilt table: a second plan adds to them.
            store.Upsert(PlanFiles.Read(RepoFiles.Seed(Baojing)));
            store.Remove(Baojing).Should().BeTrue();
        }
        UserVersion(path).Should().Be(Schema.Version);
        Sql(path, "SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE '%WITHOUT ROWID' ORDER BY name);")
            .Should().Be("diagnostics leaders measures sections targets theme_counts themes units");
        Sql(path, "SELECT COUNT(*) FROM sqlite_schema WHERE name LIKE '%_rebuilt';").Should().Be(0L);
        Sql(path, "SELECT COUNT(*) FROM sqlite_schema WHERE type = 'index' AND tbl_name IN ('measures', 'sections') AND name NOT LIKE 'sqlite_autoindex%';").Should().Be(0L);
        foreach (var table in tables)
            Sql(path, $"SELECT COUNT(*) FROM {table} WHERE document_id = '{Xingguo}';").Should().Be(rows[table], table);
        // Keys relative to the plan, the owner's kind and the measures' and sections' own ids gone.
        Sql(path, "SELECT COUNT(*) FROM pragma_table_info('units') WHERE name = 'owner_kind';").Should().Be(0L);
        Sql(path, "SELECT group_concat(role || ' ' || IFNULL(level, '-'), ', ') FROM (SELECT DISTINCT role, level FROM units ORDER BY role, level);").Should().Be("1 3, 3 -, 3 3", "lead and responsible units, county-level or of no level read");
        Sql(path, "SELECT COUNT(*) FROM pragma_table_info('measures') WHERE name = 'id';").Should().Be(0L);
        Sql(path, "SELECT COUNT(*) FROM pragma_table_info('sections') WHERE name = 'id';").Should().Be(0L);
        Sql(path, "SELECT group_concat(owner_id, ' ') FROM (SELECT DISTINCT owner_id FROM themes WHERE owner_id IN ('p2', 'p2.m1', 'p2.m2') ORDER BY owner_id);").Should().Be("p2 p2.m2", "二 and its second measure carry themes of their own");
        Sql(path, "SELECT COUNT(*) FROM units WHERE instr(owner_id, document_id) > 0;").Should().Be(0L);
        Sql(path, "SELECT COUNT(*) FROM themes WHERE instr(owner_id, document_id) > 0;").Should().Be(0L);
        Sql(path, "SELECT COUNT(*) FROM targets WHERE problem_id NOT LIKE 'p%' OR instr(problem_id, '.') > 0;").Should().Be(0L);
        Sql(path, "SELECT COUNT(*) FROM sections WHERE parent_id IS NOT NULL AND parent_id NOT LIKE 's%';").Should().Be(0L);
        Sql(path, "SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_schema WHERE type IN ('index', 'trigger') AND tbl_name IN ('targets', 'themes') ORDER BY name);")
            .Should().Be("targets_by_metric theme_counts_on_delete theme_counts_on_insert themes_of_problems");
        Sql(path, "SELECT group_concat(theme_id || ' ' || problems || ' ' || primaries || ' ' || measures, ', ') FROM (SELECT * FROM theme_counts WHERE problems > 0 OR measures > 0 ORDER BY theme_id);").Should().Be(counts);
    }

    [Fact]
    public void ASchema13StoreGetsItsProblemsLocationColumnAndKeepsItsPlans()
    {
        using var dir = new TempDirectory();
        var path = dir.File("rectify.db");
        using (var store = PlanStore.Open(path))
            store.Upsert(PlanFiles.Read(RepoFiles.Seed(Xingguo)));
        // The store as schema 13 left it: no location on problems.
        Sql(path, "ALTER TABLE problems DROP COLUMN location; PRAGMA user_version = 13;");

        // 衡阳市…整改清单: 序号 问题描述 所在地 整改责任单位 …, its 所在地 cells the problems' locations.
        var table = PlanFiles.Read(Path.Combine(RepoFiles.Root, "tests", "Rectify.Search.Core.Tests", "Fixtures", "blind-layouts", "132_table_location_column.txt"));
        using (var store = PlanStore.Open(path))
        {
            store.List().Select(d => (d.Id, d.Problems)).Should().Equal((Xingguo, 17));
            store.Load(Xingguo)!.Problems.Should().OnlyContain(p => p.Fields.Location == null);
            store.Upsert(table);
            store.Load(table.DocumentId)!.Problems[0].Fields.Location.Should().Be("衡东县、衡山县");
        }
        UserVersion(path).Should().Be(Schema.Version);
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
