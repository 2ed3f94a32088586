import BudgetBenchCompare
import BudgetBenchStore
import BudgetBenchXLSX
import Foundation

/// A flat export as a one-sheet workbook: the header row frozen with filter buttons, integers as
/// numbers, every other value as the same text the CSV holds (a decimal stays exact text, as a
/// double could not keep it), printed like the meeting workbook.
public struct FlatTableWorkbook {
    let table: FlatTable
    /// The sheet's name: what was exported.
    let name: String

    public init(table: FlatTable, name: String) {
        self.table = table
        self.name = name
    }

    public func write(to path: String) throws {
        let workbook = try Workbook(path: path)
        let writer = try SheetWriter(workbook: workbook, name: name, language: .en)
        try writer.header(table.columns, row: 0)
        for (offset, values) in table.rows.enumerated() {
            for (column, value) in values.enumerated() {
                switch value {
                case .integer(let number): try writer.number(Decimal(number), row: offset + 1, column: column, style: Styles.plainInteger)
                case .text(let text): try writer.text(text, row: offset + 1, column: column, style: Styles.text)
                case .null: try writer.sheet.writeBlank(row: offset + 1, column: column, style: Styles.text)
                }
            }
        }
        if table.rows.isEmpty {
            try writer.noData(row: 1)
        } else {
            try writer.sheet.autofilter(rows: 0...table.rows.count, columns: 0...(table.columns.count - 1))
        }
        writer.sheet.freezePanes(row: 1, column: 0)
        try writer.finish(headerRows: 0...0)
        try workbook.close()
    }
}
