import Foundation
import Testing
import TestSupport

/// The same files ingested into SQLite and into PostgreSQL give the same comparison, the same
/// exports and the same listing, byte for byte: only the times of ingest differ.
@Suite(.enabled(if: TestPostgres.url != nil, "needs the PostgreSQL test server (make test starts one)"))
struct BackendEquivalenceTests {
    /// Columns that hold when a row was written, which two runs cannot share.
    static let timeColumns: Set<String> = ["ingested_at", "failed_at"]

    static func run(_ arguments: [String]) throws -> String {
        let result = try Command.run(Command.budgetbench, arguments, timeout: 600)
        #expect(result.status == 0 && !result.timedOut, "budgetbench \(arguments.joined(separator: " ")): \(result.standardError)")
        return result.standardOutput
    }

    /// A JSON export with the time columns taken out.
    static func withoutTimes(_ json: String) throws -> [[String: String]] {
        let rows = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]] ?? []
        return rows.map { row in
            row.filter { !timeColumns.contains($0.key) }.mapValues { "\($0)" }
        }
    }

    @Test func compareExportAndListAgree() async throws {
        let sqlite = try TestDatabase(.sqlite)
        let postgres = try TestDatabase(.postgres)
        defer {
            sqlite.remove()
            postgres.remove()
        }
        // The sample, the bad inputs (failures on record) and one real-layout report; one job,
        // so both number the documents in the same order.
        let inputs = [Repository.root.appendingPathComponent("Corpus/synthetic-sample/reports").path,
                      Repository.root.appendingPathComponent("Corpus/bad").path, Repository.report("longgang-2023-budget")]
        for database in [sqlite, postgres] {
            _ = try Self.run(["ingest"] + inputs + ["--db", database.location, "--jobs", "1", "--quiet"])
        }
        #expect(try postgres.integer("SELECT COUNT(*) FROM documents") == 10)

        for format in ["csv", "table"] {
            let arguments = ["compare", "--format", format, "--lang", "en"]
            let fromSQLite = try Self.run(arguments + ["--db", sqlite.location])
            #expect(!fromSQLite.isEmpty)
            #expect(try Self.run(arguments + ["--db", postgres.location]) == fromSQLite, "compare --format \(format)")
        }
        // The JSON's key order is not fixed from one run to the next, so its values are compared.
        let json = try [sqlite, postgres].map { database in
            try JSONSerialization.jsonObject(with: Data(Self.run(["compare", "--format", "json", "--db", database.location]).utf8)) as? NSArray
        }
        #expect(json[0]?.count ?? 0 > 0)
        #expect(json[0] == json[1])
        for subject in ["documents", "amounts", "indicators", "facts", "findings", "errors"] {
            let arguments = ["export", "--what", subject, "--format", "json"]
            let fromSQLite = try Self.withoutTimes(Self.run(arguments + ["--db", sqlite.location]))
            #expect(!fromSQLite.isEmpty, "\(subject) exported rows")
            #expect(try Self.withoutTimes(Self.run(arguments + ["--db", postgres.location])) == fromSQLite, "export --what \(subject)")
        }
        let csvArguments = ["export", "--what", "amounts", "--format", "csv"]
        #expect(try Self.run(csvArguments + ["--db", postgres.location]) == Self.run(csvArguments + ["--db", sqlite.location]))
        // The listing, but for its last line, which names the database.
        let listings = try [sqlite, postgres].map { try Self.run(["list", "--db", $0.location]).split(separator: "\n").dropLast() }
        #expect(listings[0] == listings[1])
    }
}
