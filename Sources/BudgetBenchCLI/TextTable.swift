import BudgetBenchStore

/// A flat table laid out in aligned columns for a terminal; CJK characters count two cells wide.
struct TextTable {
    let table: FlatTable

    init(_ table: FlatTable) {
        self.table = table
    }

    var text: String {
        let cells = [table.columns] + table.rows.map { $0.map(Self.plain) }
        let widths = table.columns.indices.map { column in cells.map { Self.width($0[column]) }.max() ?? 0 }
        return cells.map { row in
            zip(row, widths).map { cell, width in cell + String(repeating: " ", count: width - Self.width(cell)) }
                .joined(separator: "  ").trimmingTrailingSpaces
        }.joined(separator: "\n") + "\n"
    }

    private static func plain(_ value: FlatTable.Value) -> String {
        switch value {
        case .text(let text): text
        case .integer(let number): String(number)
        case .null: "–"
        }
    }

    private static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { sum, scalar in sum + (scalar.value >= 0x1100 && scalar.properties.isIdeographic || (0xFF00...0xFFEF).contains(scalar.value) || (0x3000...0x303F).contains(scalar.value) ? 2 : 1) }
    }
}

private extension String {
    var trimmingTrailingSpaces: String {
        String(self[..<(lastIndex { $0 != " " }.map(index(after:)) ?? startIndex)])
    }
}
