import BudgetBenchStore
import Foundation
import GRDB
import Testing
import TestSupport

/// The two schemas are two definitions (StoreSchema for SQLite, PostgresSchema for the server),
/// so this keeps them in step: after migrating both, every report table has the same columns
/// in the same order with the same nullability, and each type is the one the engine uses for
/// it; the migrations applied are the same.
@Suite(.enabled(if: TestPostgres.url != nil, "needs the PostgreSQL test server (make test starts one)"))
struct SchemaParityTests {
    struct Column: Equatable, CustomStringConvertible {
        let table: String
        let name: String
        let type: String
        let nullable: Bool

        var description: String { "\(table).\(name) \(type)\(nullable ? "" : " NOT NULL")" }
    }

    /// Columns holding exact decimals: text in SQLite, numeric on the server.
    static let decimals: Set<String> = ["amounts.value", "amounts.resolution", "indicators.target_number", "indicators.actual_number",
                                        "indicators.project_amount",
                                        "findings.printed", "findings.sum"]
    /// Tables with no key of their own, which have `row_id` on the server for SQLite's rowid.
    static let rowidTables: Set<String> = ["amounts", "indicators", "facts", "findings"]

    /// A SQLite column as the server should have it.
    static func expected(_ column: Column) -> Column {
        let type = switch column.type {
        case "INTEGER": "bigint"
        case "TEXT": decimals.contains("\(column.table).\(column.name)") ? "numeric" : "text"
        default: "unexpected SQLite type \(column.type)"
        }
        return Column(table: column.table, name: column.name, type: type, nullable: column.nullable)
    }

    @Test func bothSchemasHaveTheSameTablesColumnsAndMigrations() async throws {
        let sqlite = try TestDatabase(.sqlite)
        let postgres = try TestDatabase(.postgres)
        defer {
            sqlite.remove()
            postgres.remove()
        }
        try await sqlite.open().close()
        try await postgres.open().close()

        let tables = StoreTable.allCases.map(\.rawValue)
        let sqliteColumns = try await DatabaseQueue(path: sqlite.location).read { db in
            try tables.flatMap { table in
                try Row.fetchAll(db, sql: "SELECT name, type, \"notnull\", pk FROM pragma_table_info(?) ORDER BY cid", arguments: [table]).map { row in
                    // A primary key is never NULL, whatever SQLite's declaration says.
                    Column(table: table, name: row["name"], type: row["type"], nullable: row["notnull"] == 0 && row["pk"] == 0)
                }
            }
        }
        let serverColumns = try postgres.lines("""
            SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name IN (\(tables.map { "'\($0)'" }.joined(separator: ", ")))
            ORDER BY array_position(ARRAY[\(tables.map { "'\($0)'" }.joined(separator: ", "))], table_name::text), ordinal_position
            """).map { line in
            let fields = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            return Column(table: fields[0], name: fields[1], type: fields[2], nullable: fields[3] == "YES")
        }
        #expect(sqliteColumns.count > 80)
        let rowIDs = serverColumns.filter { $0.name == "row_id" }
        #expect(Set(rowIDs.map(\.table)) == Self.rowidTables)
        #expect(rowIDs.allSatisfy { $0.type == "bigint" && !$0.nullable })
        let expected = sqliteColumns.map(Self.expected)
        let actual = serverColumns.filter { $0.name != "row_id" }
        #expect(actual == expected, "first difference: \(zip(actual, expected).first { $0 != $1 }.map { "\($0) vs \($1)" } ?? "in length")")

        let sqliteMigrations = try await DatabaseQueue(path: sqlite.location).read { db in
            try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier")
        }
        let serverMigrations = try postgres.lines("SELECT identifier FROM schema_migrations WHERE identifier NOT LIKE 'queue-%' ORDER BY identifier")
        #expect(sqliteMigrations == ["v1", "v2", "v3", "v4", "v5-indicator-forms"])
        #expect(serverMigrations == sqliteMigrations)
    }
}
