import GRDB

extension ReportStore {
    public func snapshot() throws -> StoreSnapshot {
        try queue.read { db in
            try StoreSnapshot(documents: FlatTable(db, sql: "SELECT * FROM documents ORDER BY id"),
                              amounts: FlatTable(db, sql: "SELECT * FROM amounts ORDER BY rowid"),
                              indicators: FlatTable(db, sql: "SELECT * FROM indicators ORDER BY rowid"),
                              facts: FlatTable(db, sql: "SELECT * FROM facts ORDER BY rowid"),
                              findings: FlatTable(db, sql: "SELECT * FROM findings ORDER BY rowid"))
        }
    }
}
