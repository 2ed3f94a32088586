import Foundation
import GRDB

/// The SQLite database of ingested reports. Every document is written in one transaction, so
/// after any interruption the file holds whole documents only.
public final class ReportStore: Sendable {
    /// The default location, relative to the working folder.
    public static let defaultPath = "Output/budgetbench.sqlite"

    let queue: DatabaseQueue
    public let path: String

    /// Opens (creating if needed) the database at `path` and applies pending migrations.
    public init(path: String) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        // A second process (or a crashed one's successor) waits for the lock instead of failing.
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            // WAL keeps committed documents intact when the writer is killed mid-transaction.
            try db.execute(sql: "PRAGMA journal_mode = WAL")
        }
        queue = try DatabaseQueue(path: path, configuration: configuration)
        self.path = path
        try StoreSchema.migrator.migrate(queue)
    }

    /// The version stored for `path`, if any.
    public func storedVersion(path: String) throws -> StoredVersion? {
        try queue.read { db in
            try Row.fetchOne(db, sql: "SELECT sha256, parser_version FROM documents WHERE path = ?", arguments: [path])
                .map { StoredVersion(sha256: $0["sha256"], parserVersion: $0["parser_version"]) }
        }
    }

    /// Another path already stored with the same bytes and parser, so the content is never stored twice.
    public func pathStoring(sha256: String, parserVersion: String, except path: String) throws -> String? {
        try queue.read { db in
            try String.fetchOne(db, sql: """
                SELECT path FROM documents WHERE sha256 = ? AND parser_version = ? AND path <> ?
                """, arguments: [sha256, parserVersion, path])
        }
    }

    /// Number of rows in one of the schema's tables.
    public func count(_ table: StoreTable) throws -> Int {
        try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table.rawValue)") ?? 0 }
    }
}

/// The tables of the schema that hold rows a user counts.
public enum StoreTable: String, Sendable, CaseIterable {
    case documents, sections, tables, amounts, indicators, facts, findings, errors
}
