import BudgetBenchCompare
import BudgetBenchStore
import BudgetBenchXLSX
import Foundation

/// Writes one sheet cell by cell, remembering how wide each column's text is and how many lines
/// each row needs, so the columns and rows can be sized at the end and the sheet printed legibly.
final class SheetWriter {
    /// Widest column, in characters; longer text wraps.
    static let maximumWidth = 48.0
    static let minimumWidth = 6.0
    /// Header text wider than this wraps instead of widening its column.
    static let headerWidth = 14.0
    /// Points per line of 11 pt text (Chinese glyphs need more than Latin ones), and of 12 pt headers.
    static let lineHeight = 16.0
    static let headerLineHeight = 18.0

    let sheet: Worksheet
    let name: String
    let language: Language
    private var widths: [Int: Double] = [:]
    /// Columns whose width is set, not fitted: their text wraps.
    private var boundedWidths: [Int: Double] = [:]
    /// Row heights needed by wrapped text, in points.
    private var heights: [Int: Double] = [:]
    private var outlineLevels: [Int: Int] = [:]
    /// The last row anything was written to.
    private var lastRow = -1
    /// Text merged across columns, written when the columns' widths are known.
    private var spans: [(text: String, row: Int, columns: ClosedRange<Int>, style: CellStyle)] = []

    init(workbook: Workbook, name: String, language: Language) throws {
        sheet = try workbook.addWorksheet(named: name)
        self.name = name
        self.language = language
    }

    /// Writes text; text wider than `maximumWidth` wraps in its row instead of running under
    /// the next cell. `fits: false` leaves the column's width alone (a title that may overflow
    /// into empty cells to its right).
    func text(_ text: String, row: Int, column: Int, style: CellStyle? = nil, fits: Bool = true) throws {
        var style = style ?? CellStyle()
        let width = Self.width(text) + Double(style.indent) * 3
        if let bound = boundedWidths[column] {
            style.wrap = true
            need(lines(text, width: bound), row: row)
        } else if fits, width > Self.maximumWidth {
            style.wrap = true
            need(lines(text, width: Self.maximumWidth), row: row)
        } else if text.contains("\n") {
            style.wrap = true
            need(lines(text, width: .infinity), row: row)
        }
        try sheet.write(text, row: row, column: column, style: style)
        lastRow = max(lastRow, row)
        if fits {
            fit(min(width, Self.maximumWidth), column: column)
        }
    }

    /// The sheet's title in the first row, tall enough for its 14 pt, across `columns`.
    func title(_ text: String, columns: ClosedRange<Int>) {
        spanning(text, row: 0, columns: columns, style: Styles.title)
    }

    /// Text wrapped in one cell merged across `columns` (the label columns that every printed page
    /// repeats), so a title block line prints whole on every page rather than cut off at the
    /// label columns' edge of the pages further right.
    func spanning(_ text: String, row: Int, columns: ClosedRange<Int>, style: CellStyle) {
        var style = style
        style.wrap = true
        spans.append((text, row, columns, style))
        lastRow = max(lastRow, row)
    }

    /// Keeps `column` at `width` characters; its text wraps.
    func bound(column: Int, width: Double) {
        boundedWidths[column] = width
    }

    func number(_ number: Decimal, row: Int, column: Int, style: CellStyle) throws {
        try sheet.write(number, row: row, column: column, style: style)
        lastRow = max(lastRow, row)
        let digits = Double(NSDecimalNumber(decimal: number).int64Value.magnitude.description.count)
        // Digits, thousands separators, decimals and a mark.
        fit(digits + (digits / 3).rounded(.down) + 6, column: column)
    }

    /// A number or an empty cell.
    func value(_ value: Decimal?, row: Int, column: Int, style: CellStyle) throws {
        if let value {
            try number(value, row: row, column: column, style: style)
        } else {
            try sheet.writeBlank(row: row, column: column, style: style)
            lastRow = max(lastRow, row)
        }
    }

    /// One header row in the header style, tall enough for its wrapped titles.
    func header(_ titles: [String], row: Int, from column: Int = 0) throws {
        let lines = titles.map { title in
            title.split(separator: "\n", omittingEmptySubsequences: false).map { (Self.width(String($0)) / Self.headerWidth).rounded(.up) }
                .reduce(0, +)
        }.max() ?? 1
        heights[row] = max(heights[row] ?? 0, Self.headerLineHeight * max(lines, 1))
        lastRow = max(lastRow, row)
        for (offset, title) in titles.enumerated() {
            try sheet.write(title, row: row, column: column + offset, style: Styles.header)
            let widest = title.split(separator: "\n").map { Self.width(String($0)) }.max() ?? 0
            fit(min(widest * Styles.headerSize / 11, Self.headerWidth), column: column + offset)
        }
    }

    /// Puts a row in an outline group (1–7) that Excel can fold.
    func outline(level: Int, row: Int) {
        outlineLevels[row] = level
    }

    /// The line a list without rows prints instead of a lone header.
    func noData(row: Int) throws {
        try text(language == .zh ? "无数据" : "No data", row: row, column: 0, style: Styles.subtitle, fits: false)
    }

    /// Sizes the columns and rows and sets up printing: `headerRows` repeated on every page,
    /// `labelColumns` at the left of every page when the sheet is too wide for one.
    func finish(headerRows: ClosedRange<Int>?, labelColumns: ClosedRange<Int>? = nil, pageBreaks: [Int] = []) throws {
        let sized = widths.merging(boundedWidths) { _, bound in bound }
        var printed: [Int: Double] = [:]
        for (column, width) in sized {
            let width = boundedWidths[column] ?? min(max(width + 2, Self.minimumWidth), Self.maximumWidth)
            printed[column] = width
            try sheet.setWidth(width, columns: column...column)
        }
        for span in spans {
            let width = span.columns.map { printed[$0] ?? 8.43 }.reduce(0, +)
            let lines = Double(lines(span.text, width: width))
            heights[span.row] = max(heights[span.row] ?? 0, (span.style.fontSize ?? 11) / 11 * Self.lineHeight * lines)
            try sheet.write(span.text, row: span.row, columns: span.columns, style: span.style)
        }
        for row in Set(heights.keys).union(outlineLevels.keys) {
            try sheet.setRow(row, height: heights[row], outlineLevel: outlineLevels[row] ?? 0)
        }
        let rows = lastRow < 0 ? [] : (0...lastRow).map { heights[$0] ?? Self.defaultRowHeight }
        try sheet.setUp(Self.pageSetup(columns: Self.printedColumns(printed), rows: rows, language: language, headerRows: headerRows,
                                       labelColumns: labelColumns, pageBreaks: pageBreaks))
    }

    /// Smallest print scale, percent: 11 pt body text prints at 9.35 pt, 12 pt headers at 10.2 pt.
    static let minimumScale = 85
    /// LibreOffice prints columns about 6.6 % wider than Excel's pixel formula says (measured on
    /// the Corpus workbook with Carlito); 8 % keeps a last column from spilling onto a page of its own.
    static let widthAllowance = 1.08

    /// Points of a row no wrapped text made taller (Excel's default for 11 pt).
    static let defaultRowHeight = 15.0
    /// Rows print a little taller in LibreOffice than their set height (its line spacing); 10 %
    /// keeps a sheet counted as one page from running a row onto a second.
    static let heightAllowance = 1.1

    /// The print scale between `minimumScale` and 100 % that needs the fewest pages, the largest
    /// of those: fewest across first, then fewest down, so a sheet whose last page would hold a
    /// few rows prints a little smaller instead (manual `pageBreaks` fix the pages down). It is set
    /// as a scale, not as fit-to-width, so no program shrinks the page below `minimumScale`; a sheet
    /// smaller than the page is left at 100 %.
    static func pageSetup(columns: [Double], rows: [Double], language: Language, headerRows: ClosedRange<Int>?,
                          labelColumns: ClosedRange<Int>?, pageBreaks: [Int] = []) -> PageSetup {
        let best = (minimumScale...100).map { scale in
            (scale, pagesAcross(columns, scale: scale, labelColumns: labelColumns),
             pageBreaks.isEmpty ? pagesDown(rows, scale: scale, headerRows: headerRows) : 1)
        }.min { ($0.1, $0.2, -$0.0) < ($1.1, $1.2, -$1.0) }.map { ($0.0, $0.1) } ?? (100, 1)
        let zh = language == .zh
        // &11 keeps the running lines at 11 pt; they shrink with the page like the cells.
        return PageSetup(scale: best.0, repeatedRows: headerRows,
                         repeatedColumns: best.1 == 1 ? nil : labelColumns,
                         header: "&L&11" + (zh ? "BudgetBench 同业对标" : "BudgetBench peer benchmark") + "&R&11&A",
                         footer: zh ? "&L&11打印日期：&D&C&11第 &P 页 共 &N 页" : "&L&11Printed &D&C&11Page &P of &N",
                         pageBreaks: pageBreaks)
    }

    /// Pages across at `scale` percent: every further page starts with the label columns again.
    static func pagesAcross(_ columns: [Double], scale: Int, labelColumns: ClosedRange<Int>?) -> Int {
        let room = PageSetup.printableWidth * 100 / Double(scale) / widthAllowance
        return pages(columns, room: room, repeated: labelColumns)
    }

    /// Pages down at `scale` percent: every further page starts with the header rows again.
    static func pagesDown(_ rows: [Double], scale: Int, headerRows: ClosedRange<Int>?) -> Int {
        let room = PageSetup.printableHeight * 100 / Double(scale) / heightAllowance
        return pages(rows, room: room, repeated: headerRows)
    }

    /// Pages that columns (or rows) of these `sizes` fill: each page takes them until the next
    /// does not fit, and every further page repeats the `repeated` ones first.
    static func pages(_ sizes: [Double], room: Double, repeated: ClosedRange<Int>?) -> Int {
        guard !sizes.isEmpty else { return 1 }
        let again = repeated.map { $0.clamped(to: 0...(sizes.count - 1)).map { sizes[$0] }.reduce(0, +) } ?? 0
        var pages = 1, used = 0.0
        for size in sizes {
            if used + size > room, used > again {
                pages += 1
                used = again
            }
            used += size
        }
        return pages
    }

    /// Printed width of each column in points: Excel draws a column of w characters 7w + 5
    /// pixels wide (Calibri 11), 0.75 pt each; a column left alone is 8.43 characters.
    static func printedColumns(_ widths: [Int: Double]) -> [Double] {
        guard let last = widths.keys.max() else { return [] }
        return (0...last).map { ((widths[$0] ?? 8.43) * 7 + 5) * 0.75 }
    }

    /// `base` cut to fit Excel's 31 characters with room for a counter, numbered when taken,
    /// with `_` for the characters a sheet name cannot hold ([]:*?/\).
    static func sheetName(_ base: String, taken: inout Set<String>) -> String {
        let clean = String(base.map { "[]:*?/\\".contains($0) ? "_" : $0 }.prefix(28))
        var name = clean, counter = 2
        while taken.contains(name) {
            name = "\(clean) \(counter)"
            counter += 1
        }
        taken.insert(name)
        return name
    }

    /// Display width in characters of the widest line (a Chinese character counts two).
    static func width(_ text: String) -> Double {
        Double(text.split(separator: "\n").map { String($0).displayWidth }.max() ?? 0)
    }

    private func lines(_ text: String, width: Double) -> Int {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { max(1, Int((Double(String($0).displayWidth) / max(width - 1, 1)).rounded(.up))) }.reduce(0, +)
    }

    private func need(_ lines: Int, row: Int) {
        heights[row] = max(heights[row] ?? 0, Self.lineHeight * Double(lines))
    }

    private func fit(_ width: Double, column: Int) {
        widths[column] = max(widths[column] ?? 0, width)
    }
}
