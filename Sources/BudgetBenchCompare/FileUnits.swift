import BudgetBenchStore

/// Where each stored file stands in a comparison: its unit after the user's merges (slug or unit
/// key), the unit's name, its scope and the logical report it belongs to; `list` and `export`
/// add these to their rows by the file's path.
public struct FileUnits: Sendable {
    public enum Field: Sendable {
        /// The compared unit's slug or key.
        case unit
        case unitName
        case scope
        /// The logical report: files of one report share it.
        case report
    }

    private var byPath: [String: [Field: String]] = [:]

    public init(_ comparison: Comparison) {
        for center in comparison.centers {
            for report in center.logicalReports {
                for file in report.reports {
                    byPath[file.provenance.path] = [.unit: center.key, .unitName: center.name, .scope: file.identity.scope?.rawValue ?? "",
                                                    .report: report.key.description]
                }
            }
        }
    }

    /// `table` with `columns` (name and field) inserted after the column `after`, filled from the
    /// path in `pathColumn`; a file no unit holds (a placeholder left out, a failed file) gets `missing`.
    public func adding(_ columns: [(name: String, field: Field)], to table: FlatTable, after: String, pathColumn: String,
                       missing: [FlatTable.Value]) -> FlatTable {
        guard let at = table.columns.firstIndex(of: after).map({ $0 + 1 }), let path = table.columns.firstIndex(of: pathColumn) else {
            return table
        }
        var names = table.columns
        names.insert(contentsOf: columns.map(\.name), at: at)
        let rows = table.rows.map { row -> [FlatTable.Value] in
            var row = row
            let file: String = if case .text(let text) = row[path] { text } else { "" }
            row.insert(contentsOf: byPath[file].map { fields in columns.map { .text(fields[$0.field] ?? "") } } ?? missing, at: at)
            return row
        }
        return FlatTable(columns: names, rows: rows)
    }
}
