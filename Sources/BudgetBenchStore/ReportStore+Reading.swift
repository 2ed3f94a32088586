import GRDB

extension ReportStore {
    /// One line per stored document: center, year, kind, pages, counts and file.
    public func listing() throws -> FlatTable {
        try queue.read { db in
            try FlatTable(db, sql: """
                SELECT d.id, COALESCE(d.center, '') AS center, d.year, COALESCE(d.kind, '') AS kind, d.page_count AS pages,
                       (SELECT COUNT(*) FROM tables t WHERE t.document_id = d.id) AS tables,
                       (SELECT COUNT(*) FROM amounts a WHERE a.document_id = d.id) AS amounts,
                       (SELECT CASE WHEN COUNT(*) > 0 THEN printf('%.1f%%', 100.0 * SUM(a.verification = 'verified') / COUNT(*)) END
                        FROM amounts a WHERE a.document_id = d.id) AS verified,
                       (SELECT COUNT(*) FROM indicators i WHERE i.document_id = d.id) AS indicators,
                       (SELECT COUNT(*) FROM facts f WHERE f.document_id = d.id) AS facts,
                       (SELECT COUNT(*) FROM findings f WHERE f.document_id = d.id) AS findings,
                       d.path AS file
                FROM documents d ORDER BY d.center, d.year, d.kind, d.path
                """)
        }
    }

    /// Every row of `subject`, with the document's path, center, entity, unit key, scope, year and kind in front (as
    /// `report_kind`, since a finding has a `kind` of its own and a table's columns must be unique).
    public func export(_ subject: ExportSubject) throws -> FlatTable {
        try queue.read { db in
            switch subject {
            case .documents:
                try FlatTable(db, sql: "SELECT * FROM documents ORDER BY id")
            case .errors:
                try FlatTable(db, sql: "SELECT * FROM errors ORDER BY path")
            case .amounts, .indicators, .facts, .findings, .tables, .sections:
                try FlatTable(db, sql: """
                    SELECT d.path, d.center, d.entity, d.unit_key, d.scope, d.year, d.kind AS report_kind, x.* FROM \(subject.rawValue) x
                    JOIN documents d ON d.id = x.document_id ORDER BY d.id, x.rowid
                    """)
            }
        }
    }
}
