import GRDB

/// The database schema, created and upgraded by named migrations applied in order.
///
/// Plain table and column names, so a researcher can query the file with the sqlite3 shell.
/// A migration is never edited once released; a change is a new migration.
enum StoreSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE documents (
                    id INTEGER PRIMARY KEY,
                    path TEXT NOT NULL UNIQUE,
                    sha256 TEXT NOT NULL,
                    page_count INTEGER NOT NULL,
                    parser_version TEXT NOT NULL,
                    ingested_at TEXT NOT NULL,
                    entity TEXT,
                    center TEXT,
                    center_name TEXT,
                    province TEXT,
                    city TEXT,
                    district TEXT,
                    year INTEGER,
                    kind TEXT,
                    unit TEXT,
                    warnings TEXT NOT NULL
                );
                CREATE INDEX documents_sha256 ON documents(sha256);
                CREATE TABLE sections (
                    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    parent_position INTEGER,
                    level INTEGER NOT NULL,
                    number TEXT,
                    title TEXT NOT NULL,
                    page INTEGER NOT NULL,
                    text TEXT NOT NULL
                );
                CREATE TABLE tables (
                    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    number TEXT,
                    title TEXT,
                    unit TEXT,
                    first_page INTEGER NOT NULL,
                    last_page INTEGER NOT NULL,
                    row_count INTEGER NOT NULL,
                    column_count INTEGER NOT NULL,
                    is_empty INTEGER NOT NULL,
                    header_paths TEXT NOT NULL,
                    body TEXT NOT NULL
                );
                CREATE TABLE amounts (
                    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    scheme TEXT NOT NULL,
                    code TEXT NOT NULL,
                    level TEXT NOT NULL,
                    name TEXT NOT NULL,
                    measure TEXT NOT NULL,
                    basis TEXT NOT NULL,
                    value TEXT NOT NULL,
                    value_fen INTEGER,
                    printed TEXT NOT NULL,
                    table_position INTEGER NOT NULL,
                    page INTEGER NOT NULL
                );
                CREATE INDEX amounts_document ON amounts(document_id, scheme, code);
                CREATE TABLE indicators (
                    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    level1 TEXT NOT NULL,
                    level2 TEXT NOT NULL,
                    level3 TEXT NOT NULL,
                    canonical_level1 TEXT NOT NULL,
                    canonical_level2 TEXT NOT NULL,
                    target TEXT,
                    target_operator TEXT,
                    target_number TEXT,
                    target_unit TEXT,
                    actual TEXT,
                    actual_operator TEXT,
                    actual_number TEXT,
                    actual_unit TEXT,
                    weight TEXT,
                    score TEXT,
                    project TEXT,
                    table_position INTEGER NOT NULL,
                    page INTEGER NOT NULL
                );
                CREATE INDEX indicators_document ON indicators(document_id);
                CREATE TABLE facts (
                    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    key TEXT NOT NULL,
                    value TEXT NOT NULL,
                    unit TEXT NOT NULL,
                    source TEXT NOT NULL,
                    page INTEGER NOT NULL
                );
                CREATE INDEX facts_document ON facts(document_id);
                CREATE TABLE findings (
                    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    kind TEXT NOT NULL,
                    table_position INTEGER NOT NULL,
                    page INTEGER NOT NULL,
                    code TEXT NOT NULL,
                    measure TEXT NOT NULL,
                    printed TEXT NOT NULL,
                    sum TEXT NOT NULL,
                    message TEXT NOT NULL
                );
                CREATE TABLE errors (
                    path TEXT PRIMARY KEY,
                    sha256 TEXT,
                    page INTEGER,
                    reason TEXT NOT NULL,
                    parser_version TEXT NOT NULL,
                    failed_at TEXT NOT NULL
                );
                """)
        }
        // Model 1 with the rounding resolution of each amount and the other side of a finding.
        // Rows stored before keep resolution 0 until their file is read again, which the newer
        // parser version makes the next ingest do. Some databases made during development have
        // `resolution` already, so each column is added only where missing.
        migrator.registerMigration("v2") { db in
            if try !db.columns(in: "amounts").contains(where: { $0.name == "resolution" }) {
                try db.execute(sql: "ALTER TABLE amounts ADD COLUMN resolution TEXT NOT NULL DEFAULT '0'")
            }
            if try !db.columns(in: "findings").contains(where: { $0.name == "expected" }) {
                try db.execute(sql: "ALTER TABLE findings ADD COLUMN expected TEXT")
            }
        }
        // Model 3: each amount's flow and what the identities say of it (docs/model.md), and one
        // table numbering: `tables.position` counts from 1 like `amounts.table_position`, so the
        // two join. Rows stored before are read again by the next ingest (newer parser version).
        migrator.registerMigration("v3") { db in
            try db.execute(sql: """
                ALTER TABLE amounts ADD COLUMN flow TEXT NOT NULL DEFAULT 'expenditure';
                ALTER TABLE amounts ADD COLUMN verification TEXT NOT NULL DEFAULT 'unchecked';
                ALTER TABLE amounts ADD COLUMN identities TEXT NOT NULL DEFAULT '[]';
                UPDATE tables SET position = position + 1;
                """)
        }
        // Model 4: a report's unit key, scope and placeholder mark; each amount's funds; each
        // fact's quantity, funds, basis and verification; the user's unit choices (`budgetbench
        // units`) and report groupings. Rows stored before are read again by the next ingest.
        migrator.registerMigration("v4") { db in
            try db.execute(sql: """
                ALTER TABLE documents ADD COLUMN unit_key TEXT;
                ALTER TABLE documents ADD COLUMN scope TEXT;
                ALTER TABLE documents ADD COLUMN placeholder INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE amounts ADD COLUMN funds TEXT;
                ALTER TABLE facts ADD COLUMN quantity TEXT NOT NULL DEFAULT 'level';
                ALTER TABLE facts ADD COLUMN funds TEXT;
                ALTER TABLE facts ADD COLUMN basis TEXT;
                ALTER TABLE facts ADD COLUMN verification TEXT NOT NULL DEFAULT 'unchecked';
                ALTER TABLE facts ADD COLUMN origin TEXT NOT NULL DEFAULT 'narrative';
                CREATE TABLE unit_choices (
                    unit_key TEXT PRIMARY KEY,
                    merged_into TEXT,
                    name TEXT,
                    slug TEXT,
                    province TEXT,
                    city TEXT,
                    district TEXT
                );
                CREATE TABLE report_groups (
                    path TEXT PRIMARY KEY,
                    logical_report TEXT NOT NULL
                );
                """)
        }
        // Model 5: what a performance form prints besides the indicator triple: the 一级/二级
        // weights, the deviation reason and the project's code and funds. Rows stored before are
        // read again by the next ingest (newer parser version).
        migrator.registerMigration("v5-indicator-forms") { db in
            try db.execute(sql: """
                ALTER TABLE indicators ADD COLUMN level1_weight TEXT;
                ALTER TABLE indicators ADD COLUMN level2_weight TEXT;
                ALTER TABLE indicators ADD COLUMN deviation_reason TEXT;
                ALTER TABLE indicators ADD COLUMN project_code TEXT;
                ALTER TABLE indicators ADD COLUMN project_amount TEXT;
                """)
        }
        return migrator
    }
}
