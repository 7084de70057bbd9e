namespace Rectify.Search.Storage;

/// <summary>The SQLite schema of the store: the system of record that the search index is derived from.</summary>
internal static class Schema
{
    /// <summary>
    /// Bumped whenever the tables change. A store of an earlier version that <see cref="Migrations"/> reach is
    /// migrated; an older one is emptied and rebuilt from its files.
    /// </summary>
    public const int Version = 14;

    /// <summary>
    /// The version of the plans' rows, what the search index is derived from (<see cref="PlanStore.Fingerprint"/>):
    /// bumped with <see cref="Version"/> when a change touches them, not for tables beside them (schema 7's drafts),
    /// so such a change does not rebuild an index that is still the store's.
    /// </summary>
    public const int PlanRowsVersion = 10;

    /// <summary>Numbers read from problems at ingestion: targets and findings (added by schema 4), with their own themes (schema 6: theme ids, space separated).</summary>
    public const string Targets = """
        CREATE TABLE IF NOT EXISTS targets (
            problem_id TEXT NOT NULL,
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            metric TEXT NOT NULL,
            metric_key TEXT NOT NULL,
            cmp TEXT NOT NULL,
            value REAL NOT NULL,
            unit TEXT NOT NULL,
            by_when TEXT,
            text TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('target', 'finding')),
            source TEXT NOT NULL,
            measure_position INTEGER,
            themes TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (document_id, problem_id, position)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS targets_by_metric ON targets(metric_key);
        """;

    /// <summary>
    /// Drafts of plans (schema 7): each draft's title, region (as JSON), year and times, and its problems in order with
    /// what was composed for each (JSON of the target, deadline, units and measures with their citations). Never indexed.
    /// </summary>
    public const string Drafts = """
        CREATE TABLE IF NOT EXISTS drafts (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            region TEXT,
            year INTEGER NOT NULL,
            created TEXT NOT NULL,
            updated TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS draft_problems (
            draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            label TEXT NOT NULL,
            text TEXT NOT NULL,
            composed TEXT NOT NULL,
            PRIMARY KEY (draft_id, position)
        );
        """;

    /// <summary>
    /// Each plan's MinHash fingerprint (schema 8) and, when it is a copy of a plan stored before it (a mirror of the same
    /// notice), that plan's id and their similarity: a copy is kept, with its source, and left out of search and comparison.
    /// </summary>
    public const string Fingerprints = """
        CREATE TABLE IF NOT EXISTS fingerprints (
            document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            minhash BLOB NOT NULL,
            duplicate_of TEXT,
            similarity REAL
        );
        CREATE INDEX IF NOT EXISTS fingerprints_by_original ON fingerprints(duplicate_of) WHERE duplicate_of IS NOT NULL;
        """;

    /// <summary>
    /// How many problems (and as their primary theme) and measures each theme tags (schema 10), kept by triggers as theme
    /// rows are written and deleted (also by a plan's deletion cascading to them): the themes page reads 40 rows, not the
    /// million theme rows of a national store.
    /// </summary>
    public const string ThemeCounts = """
        CREATE TABLE IF NOT EXISTS theme_counts (
            theme_id TEXT PRIMARY KEY,
            problems INTEGER NOT NULL DEFAULT 0,
            primaries INTEGER NOT NULL DEFAULT 0,
            measures INTEGER NOT NULL DEFAULT 0
        ) WITHOUT ROWID;
        CREATE TRIGGER IF NOT EXISTS theme_counts_on_insert AFTER INSERT ON themes BEGIN
            INSERT INTO theme_counts(theme_id) VALUES (new.theme_id) ON CONFLICT DO NOTHING;
            UPDATE theme_counts SET problems = problems + (instr(new.owner_id, '.') = 0),
                primaries = primaries + (instr(new.owner_id, '.') = 0 AND new.position = 1),
                measures = measures + (instr(new.owner_id, '.') > 0)
            WHERE theme_id = new.theme_id;
        END;
        CREATE TRIGGER IF NOT EXISTS theme_counts_on_delete AFTER DELETE ON themes BEGIN
            UPDATE theme_counts SET problems = problems - (instr(old.owner_id, '.') = 0),
                primaries = primaries - (instr(old.owner_id, '.') = 0 AND old.position = 1),
                measures = measures - (instr(old.owner_id, '.') > 0)
            WHERE theme_id = old.theme_id;
        END;
        """;

    /// <summary>The counts of <see cref="ThemeCounts"/> from the theme rows as they stand (a migrated store's first fill).</summary>
    public const string FillThemeCounts = """
        DELETE FROM theme_counts;
        INSERT INTO theme_counts(theme_id, problems, primaries, measures)
        SELECT theme_id, SUM(instr(owner_id, '.') = 0), SUM(instr(owner_id, '.') = 0 AND position = 1), SUM(instr(owner_id, '.') > 0)
        FROM themes GROUP BY theme_id;
        """;

    /// <summary>
    /// Each plan's long texts compressed together (schema 11, <see cref="PlanTexts"/>): the rows of its sections,
    /// problems, measures and theme matches hold empty strings in their place. A plan written before has none and its
    /// rows hold them.
    /// </summary>
    public const string Texts = """
        CREATE TABLE IF NOT EXISTS plan_texts (
            document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            texts BLOB NOT NULL
        );
        """;

    /// <summary>The whole schema of this version.</summary>
    public const string Create = Tables + Targets + Drafts + Fingerprints + ThemeCounts + Texts + Indexes;

    private const string Tables = """
        CREATE TABLE IF NOT EXISTS documents (
            id TEXT PRIMARY KEY,
            source_path TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            parser_version TEXT NOT NULL,
            encoding TEXT NOT NULL,
            title TEXT,
            edition TEXT,
            issuing_body TEXT,
            document_number TEXT,
            date TEXT,
            year INTEGER,
            year_source TEXT,
            inspection_kind TEXT,
            inspection_round INTEGER,
            inspection_follow_up INTEGER NOT NULL,
            inspection_group TEXT,
            inspection_evidence TEXT,
            region_code TEXT,
            region_level TEXT,
            province TEXT,
            city TEXT,
            county TEXT,
            list_title TEXT,
            layout TEXT NOT NULL,
            year_confidence REAL,
            region_zone TEXT,
            region_source TEXT,
            region_confidence REAL,
            inspection_special INTEGER NOT NULL,
            source_size INTEGER,
            source_modified INTEGER,
            places TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE IF NOT EXISTS sections (
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            parent_id TEXT,
            position INTEGER NOT NULL,
            level INTEGER NOT NULL,
            ordinal TEXT NOT NULL,
            heading TEXT NOT NULL,
            text TEXT NOT NULL,
            line INTEGER NOT NULL,
            PRIMARY KEY (document_id, position)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS problems (
            id TEXT PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            label TEXT NOT NULL,
            feedback_no TEXT,
            title TEXT NOT NULL,
            text TEXT NOT NULL,
            categories TEXT NOT NULL,
            target TEXT,
            deadline_raw TEXT,
            status_note TEXT,
            deadline_source TEXT,
            progress TEXT,
            not_applicable INTEGER NOT NULL,
            not_applicable_note TEXT,
            truncated INTEGER NOT NULL,
            line INTEGER NOT NULL,
            deadline_date TEXT,
            deadline_kind TEXT NOT NULL DEFAULT 'none',
            deadline_status TEXT,
            deadline_ongoing INTEGER NOT NULL DEFAULT 0,
            deadline_unread INTEGER NOT NULL DEFAULT 0,
            deadline_immediate INTEGER NOT NULL DEFAULT 0,
            places TEXT NOT NULL DEFAULT '',
            location TEXT
        );
        CREATE TABLE IF NOT EXISTS measures (
            problem_id TEXT NOT NULL,
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            ordinal TEXT NOT NULL,
            group_label TEXT,
            text TEXT NOT NULL,
            responsible_person TEXT,
            line INTEGER NOT NULL,
            deadline_raw TEXT,
            deadline_date TEXT,
            deadline_kind TEXT,
            deadline_status TEXT,
            deadline_ongoing INTEGER NOT NULL DEFAULT 0,
            deadline_unread INTEGER NOT NULL DEFAULT 0,
            deadline_immediate INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (document_id, problem_id, position)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS units (
            owner_id TEXT NOT NULL,
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            role INTEGER NOT NULL CHECK (role BETWEEN 1 AND 8),
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            department_id TEXT,
            department_name TEXT,
            department_name_en TEXT,
            department_kind TEXT,
            level INTEGER CHECK (level BETWEEN 1 AND 3),
            PRIMARY KEY (document_id, owner_id, role, position)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS leaders (
            problem_id TEXT NOT NULL,
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('leader', 'person')),
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            PRIMARY KEY (document_id, problem_id, kind, position)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS diagnostics (
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            severity TEXT NOT NULL,
            line INTEGER,
            code TEXT NOT NULL,
            message TEXT NOT NULL,
            PRIMARY KEY (document_id, position)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS themes (
            owner_id TEXT NOT NULL,
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            theme_id TEXT NOT NULL,
            score REAL NOT NULL,
            matches TEXT NOT NULL,
            PRIMARY KEY (document_id, owner_id, position)
        ) WITHOUT ROWID;
        """;

    /// <summary>
    /// Indexes of every table, created when missing (on every open: an index added later reaches older stores). Covering
    /// where a set query reads only them. The tables of a plan's rows keyed by owner (targets, units, leaders, themes,
    /// diagnostics; measures and sections since schema 12) lead their key with the plan's id (schema 11): reading a plan
    /// and deleting it (the cascade) walk the key itself, with no index by document beside it. A theme's problems (what
    /// a comparison on a theme picks) are indexed apart from the measures' themes, twice as many and never picked so. Their rows go with their plan, never with a problem alone: a
    /// foreign key to the problem would make each problem's deletion scan them.
    /// </summary>
    public const string Indexes = """
        DROP INDEX IF EXISTS themes_by_theme;
        DROP INDEX IF EXISTS themes_by_theme_owner;
        CREATE INDEX IF NOT EXISTS themes_of_problems ON themes(theme_id) WHERE instr(owner_id, '.') = 0;
        CREATE INDEX IF NOT EXISTS problems_by_document ON problems(document_id, position);
        DROP INDEX IF EXISTS measures_by_problem;
        DROP INDEX IF EXISTS measures_by_problem_ids;
        DROP INDEX IF EXISTS measures_by_document;
        DROP INDEX IF EXISTS sections_by_document;
        DROP INDEX IF EXISTS units_by_document;
        DROP INDEX IF EXISTS leaders_by_document;
        DROP INDEX IF EXISTS themes_by_document;
        DROP INDEX IF EXISTS targets_by_document;
        """;
}
