import BudgetBenchStore
import Foundation

extension PostgresStore {
    /// The listing's columns, the same as the SQLite store's.
    static let listingColumns = ["id", "center", "year", "kind", "pages", "tables", "amounts", "verified", "indicators", "facts",
                                 "findings", "file"]

    public func listing() async throws -> FlatTable {
        // Sorted bytewise with NULL first, as SQLite sorts, whatever the server's collation.
        var table = try await session.table("""
            SELECT d.id, COALESCE(d.center, '') AS center, d.year, COALESCE(d.kind, '') AS kind, d.page_count AS pages,
                   (SELECT COUNT(*) FROM tables t WHERE t.document_id = d.id) AS tables,
                   (SELECT COUNT(*) FROM amounts a WHERE a.document_id = d.id) AS amounts,
                   (SELECT COUNT(*) FILTER (WHERE a.verification = 'verified') FROM amounts a WHERE a.document_id = d.id) AS verified,
                   (SELECT COUNT(*) FROM indicators i WHERE i.document_id = d.id) AS indicators,
                   (SELECT COUNT(*) FROM facts f WHERE f.document_id = d.id) AS facts,
                   (SELECT COUNT(*) FROM findings f WHERE f.document_id = d.id) AS findings,
                   d.path AS file
            FROM documents d
            ORDER BY d.center COLLATE "C" NULLS FIRST, d.year NULLS FIRST, d.kind COLLATE "C" NULLS FIRST, d.path COLLATE "C"
            """, columns: Self.listingColumns)
        // The share of verified amounts, printed as the SQLite listing prints it (printf's %.1f).
        let amounts = 6, verified = 7
        table.rows = table.rows.map { row in
            var row = row
            if case .integer(let total) = row[amounts], case .integer(let count) = row[verified], total > 0 {
                row[verified] = .text(String(format: "%.1f%%", 100.0 * Double(count) / Double(total)))
            } else {
                row[verified] = .null
            }
            return row
        }
        return table
    }

    public func export(_ subject: ExportSubject) async throws -> FlatTable {
        switch subject {
        case .documents:
            return try await whole(.documents, order: "documents.id")
        case .errors:
            return try await whole(.errors, order: "errors.path COLLATE \"C\"")
        case .amounts, .indicators, .facts, .findings, .tables, .sections:
            guard let table = StoreTable(rawValue: subject.rawValue) else { preconditionFailure("every row subject is a table") }
            let own = columns(of: table)
            let rows = try await session.table("""
                SELECT d.path, d.center, d.entity, d.unit_key, d.scope, d.year, d.kind AS report_kind, \(own.map { $0.selected(from: "x") }.joined(separator: ", "))
                FROM \(table.rawValue) x JOIN documents d ON d.id = x.document_id ORDER BY d.id, x.row_id
                """, columns: ["path", "center", "entity", "unit_key", "scope", "year", "report_kind"] + own.map(\.name))
            return rows
        }
    }

    public func snapshot() async throws -> StoreSnapshot {
        try await StoreSnapshot(documents: whole(.documents, order: "documents.id"),
                                amounts: whole(.amounts, order: "amounts.row_id"),
                                indicators: whole(.indicators, order: "indicators.row_id"),
                                facts: whole(.facts, order: "facts.row_id"),
                                findings: whole(.findings, order: "findings.row_id"))
    }

    /// Every column of `table` (but `row_id`), in schema order.
    private func whole(_ table: StoreTable, order: String) async throws -> FlatTable {
        let own = columns(of: table)
        return try await session.table("""
            SELECT \(own.map { $0.selected(from: table.rawValue) }.joined(separator: ", ")) FROM \(table.rawValue) ORDER BY \(order)
            """, columns: own.map(\.name))
    }
}
