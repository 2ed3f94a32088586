import BudgetBenchStore

/// A flat table laid out in aligned columns for a terminal.
struct TextTable {
    let table: FlatTable

    init(_ table: FlatTable) {
        self.table = table
    }

    var text: String {
        let cells = [table.columns] + table.rows.map { $0.map(Self.plain) }
        let widths = table.columns.indices.map { column in cells.map { $0[column].displayWidth }.max() ?? 0 }
        return cells.map { row in
            zip(row, widths).map { cell, width in cell + String(repeating: " ", count: width - cell.displayWidth) }
                .joined(separator: "  ").trimmingTrailingSpaces
        }.joined(separator: "\n") + "\n"
    }

    private static func plain(_ value: FlatTable.Value) -> String {
        switch value {
        // A file name can hold control characters that would move the cursor or recolour the terminal.
        case .text(let text): String(String.UnicodeScalarView(text.unicodeScalars.map { $0.properties.generalCategory == .control ? "?" : $0 }))
        case .integer(let number): String(number)
        case .null: "–"
        }
    }
}

private extension String {
    var trimmingTrailingSpaces: String {
        String(self[..<(lastIndex { $0 != " " }.map(index(after:)) ?? startIndex)])
    }
}
