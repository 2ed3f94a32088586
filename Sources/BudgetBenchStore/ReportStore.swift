import Foundation
import GRDB

/// The SQLite database of ingested reports, the default backend. Every document is written in
/// one transaction, so after any interruption the file holds whole documents only.
public final class ReportStore: ReportDatabase {
    /// The default location, relative to the working folder.
    public static let defaultPath = "Output/budgetbench.sqlite"

    let queue: DatabaseQueue
    public let path: String

    /// Migration attempts when another process is creating the same new database.
    static let migrationAttempts = 20

    /// Opens the database at `path`; for writing it is created if needed and pending migrations
    /// are applied.
    public init(path: String, access: StoreAccess = .readWrite) throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        // A second process (or a crashed one's successor) waits for the lock instead of failing.
        configuration.busyMode = .timeout(10)
        switch access {
        case .readOnly:
            guard FileManager.default.fileExists(atPath: path) else { throw StoreError.missingDatabase(path) }
            configuration.readonly = true
        case .readWrite:
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            configuration.prepareDatabase { db in
                // WAL keeps committed documents intact when the writer is killed mid-transaction.
                try db.execute(sql: "PRAGMA journal_mode = WAL")
            }
        }
        queue = access == .readOnly
            ? try Self.openReadOnly(path: path, configuration: configuration)
            : try DatabaseQueue(path: path, configuration: configuration)
        self.path = path
        if access == .readWrite {
            try Self.migrate(queue)
        }
    }

    /// Opens an existing database for reading. SQLite reads a WAL database through its `-shm`
    /// index, which it creates beside the file; in a folder the user cannot write (a read-only
    /// share) it cannot, and the open fails with "attempt to write a readonly database". When no
    /// WAL content is pending (the writer closed cleanly, as ingest does, so there is no `-wal`
    /// or an empty one), the file alone is the whole database and is opened as immutable, which
    /// needs no side file. Pending WAL content would be ignored that way, so then the error stands.
    private static func openReadOnly(path: String, configuration: Configuration) throws -> DatabaseQueue {
        do {
            return try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            let wal = (try? FileManager.default.attributesOfItem(atPath: path + "-wal"))?[.size] as? NSNumber
            guard wal?.intValue ?? 0 == 0 else { throw error }
            let immutable = URL(fileURLWithPath: path).absoluteString + "?immutable=1"
            guard let queue = try? DatabaseQueue(path: immutable, configuration: configuration) else { throw error }
            return queue
        }
    }

    /// Applies pending migrations. Two processes starting on a new database both see it
    /// unmigrated; the loser's `CREATE TABLE` fails once the winner commits, and its next
    /// attempt finds the migrations applied.
    private static func migrate(_ queue: DatabaseQueue) throws {
        var attempt = 1
        while true {
            do {
                try StoreSchema.migrator.migrate(queue)
                return
            } catch {
                guard attempt < migrationAttempts else { throw error }
                attempt += 1
                usleep(100_000)
            }
        }
    }

    public var location: String { path }

    public func close() {}

    public func storedVersion(path: String) throws -> StoredVersion? {
        try queue.read { db in
            try Row.fetchOne(db, sql: "SELECT sha256, parser_version FROM documents WHERE path = ?", arguments: [path])
                .map { StoredVersion(sha256: $0["sha256"], parserVersion: $0["parser_version"]) }
        }
    }

    public func failure(path: String) throws -> StoredFailure? {
        try queue.read { db in
            try Row.fetchOne(db, sql: "SELECT sha256, parser_version, reason FROM errors WHERE path = ? AND sha256 IS NOT NULL",
                             arguments: [path])
                .map { StoredFailure(version: StoredVersion(sha256: $0["sha256"], parserVersion: $0["parser_version"]), reason: $0["reason"]) }
        }
    }

    public func remove(path: String) throws {
        try queue.write { db in try db.execute(sql: "DELETE FROM documents WHERE path = ?", arguments: [path]) }
    }

    public func pathStoring(sha256: String, parserVersion: String, except path: String) throws -> String? {
        try queue.read { db in
            try String.fetchOne(db, sql: """
                SELECT path FROM documents WHERE sha256 = ? AND parser_version = ? AND path <> ?
                """, arguments: [sha256, parserVersion, path])
        }
    }

    public func count(_ table: StoreTable) throws -> Int {
        try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table.rawValue)") ?? 0 }
    }
}

/// The tables of the schema that hold rows a user counts.
public enum StoreTable: String, Sendable, CaseIterable {
    case documents, sections, tables, amounts, indicators, facts, findings, errors
}

/// A database that cannot be used as asked.
public enum StoreError: Error, CustomStringConvertible {
    case missingDatabase(String)
    /// `--db` names a URL of a kind this tool does not speak, or a PostgreSQL URL it cannot use.
    case unsupportedLocation(String, reason: String)

    public var description: String {
        switch self {
        case .missingDatabase(let path): "\(path): no such database (run `budgetbench ingest` first, or check --db)"
        case .unsupportedLocation(let location, let reason): "\(location): \(reason)"
        }
    }
}
