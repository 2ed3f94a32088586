import BudgetBenchCompare
import BudgetBenchNormalize
import BudgetBenchStore
import BudgetBenchXLSX
import Foundation

/// A sheet that is a plain list with a header row, filter buttons and frozen header:
/// 三公经费, 绩效指标, 评分, 来源, 校验. A list without rows says so. Every list starts with the
/// unit, which a page further right repeats so its rows stay named.
struct RecordSheet {
    /// A cell of a list: text, money, a share, an integer, or empty.
    enum Cell {
        case text(String)
        case money(Decimal?)
        case share(Decimal?)
        /// A year, a page or a count: a plain integer.
        case integer(Int?)
    }

    let name: String
    let headings: [Heading]
    let records: [[Cell]]
    let language: Language

    func write(into workbook: Workbook) throws {
        let writer = try SheetWriter(workbook: workbook, name: name, language: language)
        try writer.header(headings.texts(language), row: 0)
        for (offset, record) in records.enumerated() {
            for (column, cell) in record.enumerated() {
                let row = offset + 1
                switch cell {
                case .text(let text): try writer.text(text, row: row, column: column, style: Styles.text)
                case .money(let value): try writer.value(value, row: row, column: column, style: Styles.money)
                case .share(let value): try writer.value(value.map { KPIFormat.rounded($0, unit: .share) }, row: row, column: column, style: Styles.share)
                case .integer(let value): try writer.value(value.map { Decimal($0) }, row: row, column: column, style: Styles.plainInteger)
                }
            }
        }
        if records.isEmpty {
            try writer.noData(row: 1)
        } else {
            try writer.sheet.autofilter(rows: 0...records.count, columns: 0...(headings.count - 1))
        }
        writer.sheet.freezePanes(row: 1, column: 0)
        try writer.finish(headerRows: 0...0, labelColumns: 0...0)
    }
}
