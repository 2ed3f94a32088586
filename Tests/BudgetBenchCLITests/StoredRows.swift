import Foundation
import GRDB

/// What a database written by `budgetbench ingest` holds, read directly (read-only), for
/// checking a command's outcome rather than its own report of it.
struct StoredRows {
    let database: String

    private func read<T>(_ body: (Database) throws -> T) throws -> T {
        var configuration = Configuration()
        configuration.readonly = true
        return try DatabaseQueue(path: database, configuration: configuration).read(body)
    }

    /// Every stored path, as often as it is stored.
    var documentPaths: [String] {
        get throws { try read { try String.fetchAll($0, sql: "SELECT path FROM documents ORDER BY path") } }
    }

    /// The reason recorded for each failed path.
    var errorReasons: [String: String] {
        get throws {
            try read { db in
                try Row.fetchAll(db, sql: "SELECT path, reason FROM errors").reduce(into: [:]) { $0[$1["path"] as String] = $1["reason"] as String }
            }
        }
    }

    func count(_ sql: String) throws -> Int {
        try read { try Int.fetchOne($0, sql: sql) ?? -1 }
    }
}
