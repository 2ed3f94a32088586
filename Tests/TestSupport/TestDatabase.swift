import BudgetBenchPostgres
import BudgetBenchStore
import Foundation
import GRDB

/// The engines the store runs on; tests of the store and ingest run on each available one.
public enum Backend: String, Sendable, CaseIterable, CustomStringConvertible {
    case sqlite, postgres

    public var description: String { rawValue }

    /// SQLite always; PostgreSQL when a server is given (`make test` starts one).
    public static var available: [Backend] { TestPostgres.url == nil ? [.sqlite] : [.sqlite, .postgres] }
}

/// The PostgreSQL server of the tests: `BUDGETBENCH_TEST_POSTGRES`, set by
/// scripts/with-postgres.sh, names a database on it that new databases are created from.
public enum TestPostgres {
    public static var url: String? {
        ProcessInfo.processInfo.environment["BUDGETBENCH_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// `psql` on the server, one statement, unaligned output without headers.
    public static func psql(_ url: String, _ sql: String) throws -> String {
        let result = try Command.run(Command.which("psql") ?? "/usr/bin/psql", [url, "-X", "-v", "ON_ERROR_STOP=1", "-Atqc", sql], timeout: 120)
        guard result.status == 0, !result.timedOut else {
            throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "psql: \(result.standardError)"])
        }
        return result.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// A new, empty database for one test, on either backend, removed by `remove()`.
public struct TestDatabase: Sendable {
    public let backend: Backend
    /// What `--db` takes: a file path or a postgres:// URL.
    public let location: String
    private let scratch: ScratchFolder
    private let postgresName: String?

    public init(_ backend: Backend) throws {
        self.backend = backend
        scratch = try ScratchFolder()
        switch backend {
        case .sqlite:
            location = scratch.path("db.sqlite")
            postgresName = nil
        case .postgres:
            guard let server = TestPostgres.url, var components = URLComponents(string: server) else {
                preconditionFailure("PostgreSQL tests run only where BUDGETBENCH_TEST_POSTGRES is set (Backend.available)")
            }
            let name = "budgetbench_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
            _ = try TestPostgres.psql(server, "CREATE DATABASE \(name)")
            components.path = "/\(name)"
            location = components.string ?? server
            postgresName = String(name)
        }
    }

    /// Opens (creating and migrating) the store, as ingest does.
    public func open(_ access: StoreAccess = .readWrite) async throws -> any ReportDatabase {
        switch backend {
        case .sqlite: try ReportStore(path: location, access: access)
        case .postgres: try await PostgresStore.open(url: location, access: access)
        }
    }

    /// The integer a query returns; standard SQL, the same on both engines.
    public func integer(_ sql: String) throws -> Int {
        switch backend {
        case .sqlite: try DatabaseQueue(path: location).read { db in try Int.fetchOne(db, sql: sql) ?? -1 }
        case .postgres: Int(try TestPostgres.psql(location, sql)) ?? -1
        }
    }

    /// Rows of text, columns joined by `|` (NULL as empty), as psql prints them.
    public func lines(_ sql: String) throws -> [String] {
        switch backend {
        case .sqlite:
            try DatabaseQueue(path: location).read { db in
                try Row.fetchAll(db, sql: sql).map { row in
                    row.databaseValues.map { $0.isNull ? "" : String(describing: $0.storage.value ?? "") }.joined(separator: "|")
                }
            }
        case .postgres:
            try TestPostgres.psql(location, sql).split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        }
    }

    public func execute(_ sql: String) throws {
        switch backend {
        case .sqlite: try DatabaseQueue(path: location).write { db in try db.execute(sql: sql) }
        case .postgres: _ = try TestPostgres.psql(location, sql)
        }
    }

    /// A file of the test's own beside the database.
    public var folder: ScratchFolder { scratch }

    public func remove() {
        if let postgresName, let server = TestPostgres.url {
            _ = try? TestPostgres.psql(server, "DROP DATABASE IF EXISTS \(postgresName) WITH (FORCE)")
        }
        scratch.remove()
    }
}
