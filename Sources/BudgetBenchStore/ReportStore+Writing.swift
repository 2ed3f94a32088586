import BudgetBenchNormalize
import Foundation
import GRDB

extension ReportStore {
    public func save(_ rows: DocumentRows) throws -> SaveOutcome {
        try queue.write { db in
            let replaced = try Int.fetchOne(db, sql: "SELECT id FROM documents WHERE path = ?", arguments: [rows.path]) != nil
            try db.execute(sql: "DELETE FROM documents WHERE path = ?", arguments: [rows.path])
            try db.execute(sql: "DELETE FROM errors WHERE path = ?", arguments: [rows.path])
            try db.execute(sql: "INSERT INTO documents (\(rows.documentColumns.joined(separator: ", "))) VALUES (\(Self.placeholders(rows.document.count)))",
                           arguments: StatementArguments(rows.document.map(\.databaseValue)))
            let id = db.lastInsertedRowID
            for child in rows.children where !child.rows.isEmpty {
                let statement = try db.makeStatement(sql: """
                    INSERT INTO \(child.table.rawValue) (document_id, \(child.columns.joined(separator: ", ")))
                    VALUES (\(Self.placeholders(child.columns.count + 1)))
                    """)
                for row in child.rows {
                    try statement.execute(arguments: StatementArguments([id.databaseValue] + row.map(\.databaseValue)))
                }
            }
            return replaced ? .replaced : .new
        }
    }

    public func recordFailure(path: String, sha256: String?, page: Int?, reason: String, parserVersion: String) throws {
        try queue.write { db in
            try db.execute(sql: """
                INSERT OR REPLACE INTO errors (path, sha256, page, reason, parser_version, failed_at) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [path, sha256, page, reason, parserVersion, Timestamp.string(Date())])
        }
    }

    private static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }
}

extension StoreValue {
    /// Decimals as their exact digits, the form the SQLite schema has always kept.
    var databaseValue: DatabaseValue {
        switch self {
        case .integer(let number): number.databaseValue
        case .text(let text): text.databaseValue
        case .decimal(let number): number.exactString.databaseValue
        case .null: .null
        }
    }
}
