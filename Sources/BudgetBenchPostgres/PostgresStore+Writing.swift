import BudgetBenchStore

extension PostgresStore {
    /// Parameters in one INSERT at most; the protocol allows 65535.
    static let parametersPerInsert = 30_000

    public func save(_ rows: DocumentRows) async throws -> SaveOutcome {
        try await session.transaction {
            // Two machines storing the same path (a claim retaken while its first worker was
            // still alive) wait for each other here, so the second replaces the first's rows
            // instead of failing on the unique path.
            try await session.execute("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [.text(rows.path)])
            let replaced = try await session.integer("SELECT id FROM documents WHERE path = $1", [.text(rows.path)]) != nil
            try await session.execute("DELETE FROM documents WHERE path = $1", [.text(rows.path)])
            try await session.execute("DELETE FROM errors WHERE path = $1", [.text(rows.path)])
            let values = rows.document.enumerated().map { PostgresSession.placeholder($0 + 1, for: $1) }
            guard let id = try await session.integer("""
                INSERT INTO documents (\(rows.documentColumns.joined(separator: ", "))) VALUES (\(values.joined(separator: ", "))) RETURNING id
                """, rows.document)
            else { preconditionFailure("INSERT … RETURNING returns the new row's id") }
            for child in rows.children {
                try await insert(child, document: id)
            }
            return replaced ? .replaced : .new
        }
    }

    /// Inserts a table's rows in as few statements as the parameter limit allows.
    private func insert(_ child: TableRows, document: Int64) async throws {
        let width = child.columns.count + 1
        let perStatement = max(1, Self.parametersPerInsert / width)
        var start = 0
        while start < child.rows.count {
            let chunk = child.rows[start..<min(start + perStatement, child.rows.count)]
            var values: [StoreValue] = []
            values.reserveCapacity(chunk.count * width)
            var tuples: [String] = []
            for row in chunk {
                let first = values.count + 1
                values.append(.integer(document))
                values.append(contentsOf: row)
                let placeholders = ([.integer(document)] + row).enumerated().map { PostgresSession.placeholder(first + $0, for: $1) }
                tuples.append("(" + placeholders.joined(separator: ", ") + ")")
            }
            try await session.execute("""
                INSERT INTO \(child.table.rawValue) (document_id, \(child.columns.joined(separator: ", "))) VALUES \(tuples.joined(separator: ", "))
                """, values)
            start += perStatement
        }
    }
}
