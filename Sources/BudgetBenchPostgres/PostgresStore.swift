import BudgetBenchStore
import Foundation
import PostgresNIO

/// The report database on a PostgreSQL server, for a team or several machines sharing one
/// corpus. The same tables, rules and transactions as the SQLite store (`ReportStore`).
public final class PostgresStore: ReportDatabase {
    let session: PostgresSession
    /// Each table's columns in order, with the SQL that reads them (decimals as exact text).
    private let columns: [StoreTable: [Column]]

    struct Column: Sendable {
        let name: String
        let isDecimal: Bool

        /// How a query reads the column: `numeric` as its exact digits, as SQLite returns them.
        func selected(from table: String) -> String {
            isDecimal ? "\(table).\(name)::text AS \(name)" : "\(table).\(name)"
        }
    }

    public var location: String { session.location }

    /// Connects to the database the URL names. For writing, pending migrations are applied
    /// (both the report tables and the job queue); for reading, the schema must be there and
    /// the session is read-only, so a list or export can never change the database.
    public static func open(url: String, access: StoreAccess = .readWrite) async throws -> PostgresStore {
        let url = try PostgresURL(url)
        let session = try await PostgresSession.connect(url)
        do {
            switch access {
            case .readWrite:
                try await PostgresMigrator(session: session).migrate(PostgresSchema.migrations)
            case .readOnly:
                let applied = try await PostgresMigrator(session: session).applied()
                guard Set(PostgresSchema.reportMigrations.map(\.identifier)).isSubset(of: applied) else {
                    throw StoreError.missingDatabase(url.location)
                }
                try await session.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
            }
            return PostgresStore(session: session, columns: try await Self.columns(session))
        } catch {
            try? await session.close()
            throw error
        }
    }

    private init(session: PostgresSession, columns: [StoreTable: [Column]]) {
        self.session = session
        self.columns = columns
    }

    /// The schema as the server has it; `row_id` is the insertion order, never exported.
    private static func columns(_ session: PostgresSession) async throws -> [StoreTable: [Column]] {
        let rows = try await session.table("""
            SELECT table_name::text, column_name::text, data_type::text FROM information_schema.columns
            WHERE table_schema = current_schema() AND column_name <> 'row_id' ORDER BY table_name, ordinal_position
            """, columns: ["table", "column", "type"])
        var columns: [StoreTable: [Column]] = [:]
        for row in rows.rows {
            guard case .text(let table) = row[0], let known = StoreTable(rawValue: table), case .text(let name) = row[1] else { continue }
            columns[known, default: []].append(Column(name: name, isDecimal: row[2] == .text("numeric")))
        }
        return columns
    }

    func columns(of table: StoreTable) -> [Column] {
        guard let columns = columns[table] else { preconditionFailure("the migrations create table \(table.rawValue)") }
        return columns
    }

    public func close() async throws {
        try await session.close()
    }

    public func storedVersion(path: String) async throws -> StoredVersion? {
        let rows = try await session.table("SELECT sha256, parser_version FROM documents WHERE path = $1", [.text(path)],
                                           columns: ["sha256", "parser_version"]).rows
        guard let row = rows.first, case .text(let sha256) = row[0], case .text(let parser) = row[1] else { return nil }
        return StoredVersion(sha256: sha256, parserVersion: parser)
    }

    public func failure(path: String) async throws -> StoredFailure? {
        let rows = try await session.table("""
            SELECT sha256, parser_version, reason FROM errors WHERE path = $1 AND sha256 IS NOT NULL
            """, [.text(path)], columns: ["sha256", "parser_version", "reason"]).rows
        guard let row = rows.first, case .text(let sha256) = row[0], case .text(let parser) = row[1], case .text(let reason) = row[2]
        else { return nil }
        return StoredFailure(version: StoredVersion(sha256: sha256, parserVersion: parser), reason: reason)
    }

    public func remove(path: String) async throws {
        try await session.execute("DELETE FROM documents WHERE path = $1", [.text(path)])
    }

    public func pathStoring(sha256: String, parserVersion: String, except path: String) async throws -> String? {
        try await session.text("SELECT path FROM documents WHERE sha256 = $1 AND parser_version = $2 AND path <> $3 LIMIT 1",
                               [.text(sha256), .text(parserVersion), .text(path)])
    }

    public func count(_ table: StoreTable) async throws -> Int {
        Int(try await session.integer("SELECT COUNT(*) FROM \(table.rawValue)") ?? 0)
    }

    public func recordFailure(path: String, sha256: String?, page: Int?, reason: String, parserVersion: String) async throws {
        try await session.execute("""
            INSERT INTO errors (path, sha256, page, reason, parser_version, failed_at) VALUES ($1, $2, $3, $4, $5, $6)
            ON CONFLICT (path) DO UPDATE SET sha256 = excluded.sha256, page = excluded.page, reason = excluded.reason,
                parser_version = excluded.parser_version, failed_at = excluded.failed_at
            """, [.text(path), sha256.map { .text($0) } ?? .null, page.map { .integer(Int64($0)) } ?? .null, .text(reason),
                  .text(parserVersion), .text(Timestamp.string(Date()))])
    }
}
