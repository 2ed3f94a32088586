import BudgetBenchStore
import BudgetBenchXLSX
import Foundation

/// Writes one sheet cell by cell, remembering how wide each column's text is so the columns
/// can be sized to fit at the end.
final class SheetWriter {
    /// Widest column, in characters; longer text wraps.
    static let maximumWidth = 48.0
    static let minimumWidth = 6.0

    let sheet: Worksheet
    let name: String
    private var widths: [Int: Double] = [:]

    init(workbook: Workbook, name: String) throws {
        sheet = try workbook.addWorksheet(named: name)
        self.name = name
    }

    func text(_ text: String, row: Int, column: Int, style: CellStyle? = nil, fits: Bool = true) throws {
        try sheet.write(text, row: row, column: column, style: style)
        if fits {
            fit(Double(text.displayWidth) + Double(style?.indent ?? 0) * 3, column: column)
        }
    }

    func number(_ number: Decimal, row: Int, column: Int, style: CellStyle) throws {
        try sheet.write(number, row: row, column: column, style: style)
        fit(Double(String(describing: NSDecimalNumber(decimal: number).doubleValue.rounded()).count) + 5, column: column)
    }

    /// A text, a number or nothing.
    func value(_ value: Decimal?, row: Int, column: Int, style: CellStyle) throws {
        if let value {
            try number(value, row: row, column: column, style: style)
        } else {
            try sheet.writeBlank(row: row, column: column, style: style)
        }
    }

    /// Header text wider than this wraps instead of widening its column.
    static let headerWidth = 14.0

    /// Points per wrapped header line.
    static let lineHeight = 15.0

    /// One header row in the header style, tall enough for its wrapped titles.
    func header(_ titles: [String], row: Int, from column: Int = 0) throws {
        let lines = titles.map { (Double($0.displayWidth) / Self.headerWidth).rounded(.up) }.max() ?? 1
        try sheet.setHeight(Self.lineHeight * max(lines, 1), row: row)
        for (offset, title) in titles.enumerated() {
            try sheet.write(title, row: row, column: column + offset, style: Styles.header)
            fit(min(Double(title.displayWidth), Self.headerWidth), column: column + offset)
        }
    }

    /// Sizes the columns and sets up printing with `headerRows` repeated on every page.
    func finish(headerRows: ClosedRange<Int>) throws {
        for (column, width) in widths {
            try sheet.setWidth(min(max(width + 2, Self.minimumWidth), Self.maximumWidth), columns: column...column)
        }
        try sheet.preparePrinting(repeating: headerRows)
    }

    private func fit(_ width: Double, column: Int) {
        widths[column] = max(widths[column] ?? 0, width)
    }
}
