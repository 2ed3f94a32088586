/// Applies PostgresSchema's migrations once each, recording them in `schema_migrations`.
///
/// All of it runs in one transaction holding an advisory lock, so machines starting together
/// on a new database wait for one another instead of creating the same tables twice, and a
/// failed migration leaves nothing half done (PostgreSQL's DDL is transactional).
struct PostgresMigrator {
    let session: PostgresSession

    /// The advisory lock key of migrations ('BBmi'), the same on every machine.
    static let lockKey: Int64 = 0x4242_6D69

    func migrate(_ migrations: [PostgresSchema.Migration]) async throws {
        try await session.transaction {
            try await session.execute("SELECT pg_advisory_xact_lock($1)", [.integer(Self.lockKey)])
            try await session.execute("""
                CREATE TABLE IF NOT EXISTS schema_migrations (identifier TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())
                """)
            let applied = try await applied()
            for migration in migrations where !applied.contains(migration.identifier) {
                for statement in migration.statements {
                    try await session.execute(statement)
                }
                try await session.execute("INSERT INTO schema_migrations (identifier) VALUES ($1)", [.text(migration.identifier)])
            }
        }
    }

    /// The identifiers applied so far; none when the database was never migrated.
    func applied() async throws -> Set<String> {
        let exists = try await session.text("SELECT to_regclass('schema_migrations')::text") != nil
        guard exists else { return [] }
        let rows = try await session.table("SELECT identifier FROM schema_migrations", columns: ["identifier"]).rows
        return Set(rows.compactMap { if case .text(let identifier) = $0.first { identifier } else { nil } })
    }
}
