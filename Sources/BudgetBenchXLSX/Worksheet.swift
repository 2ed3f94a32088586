import Foundation
internal import CXlsxWriter

/// One sheet of a `Workbook`, valid until the workbook is closed.
public final class Worksheet {
    let handle: UnsafeMutablePointer<lxw_worksheet>
    let workbook: Workbook

    init(handle: UnsafeMutablePointer<lxw_worksheet>, workbook: Workbook) {
        self.handle = handle
        self.workbook = workbook
    }

    /// Writes text into the cell at zero-based `row` and `column`.
    public func write(_ text: String, row: Int, column: Int, style: CellStyle? = nil) throws(WorkbookError) {
        try workbook.check(worksheet_write_string(handle, lxw_row_t(row), lxw_col_t(column), text, try workbook.format(style)))
    }

    /// Writes an exact amount into the cell; Excel stores numbers as doubles, so this is where
    /// the decimal leaves exact arithmetic. The double is the one nearest the decimal's text
    /// (NSDecimalNumber's doubleValue is not, and 9101.677535 would come out as 9101.677534999999),
    /// so the shortest text of the stored double is the decimal again.
    public func write(_ number: Decimal, row: Int, column: Int, style: CellStyle? = nil) throws(WorkbookError) {
        guard let value = Double(number.description) else {
            preconditionFailure("a Decimal's description is always a number, not '\(number)'")
        }
        try workbook.check(worksheet_write_number(handle, lxw_row_t(row), lxw_col_t(column), value, try workbook.format(style)))
    }

    /// Writes text into one cell merged from the columns of `row`.
    public func write(_ text: String, row: Int, columns: ClosedRange<Int>, style: CellStyle) throws(WorkbookError) {
        try workbook.check(worksheet_merge_range(handle, lxw_row_t(row), lxw_col_t(columns.lowerBound), lxw_row_t(row),
                                                 lxw_col_t(columns.upperBound), text, try workbook.format(style)))
    }

    /// Writes an empty cell that still carries a style (a shaded or bordered gap).
    public func writeBlank(row: Int, column: Int, style: CellStyle) throws(WorkbookError) {
        try workbook.check(worksheet_write_blank(handle, lxw_row_t(row), lxw_col_t(column), try workbook.format(style)))
    }

    /// Sets the width of the columns `first...last`, in characters.
    public func setWidth(_ width: Double, columns: ClosedRange<Int>) throws(WorkbookError) {
        try workbook.check(worksheet_set_column(handle, lxw_col_t(columns.lowerBound), lxw_col_t(columns.upperBound), width, nil))
    }

    /// Sets a row's height in points (nil: the default) and its outline group level (0: none, 1–7
    /// so Excel can fold it).
    public func setRow(_ row: Int, height: Double?, outlineLevel: Int = 0) throws(WorkbookError) {
        var options = lxw_row_col_options(hidden: 0, level: UInt8(outlineLevel), collapsed: 0)
        try workbook.check(worksheet_set_row_opt(handle, lxw_row_t(row), height ?? LXW_DEF_ROW_HEIGHT, nil, &options))
    }

    /// Keeps the rows above `row` and the columns left of `column` in view while scrolling.
    public func freezePanes(row: Int, column: Int) {
        worksheet_freeze_panes(handle, lxw_row_t(row), lxw_col_t(column))
    }

    /// Adds filter buttons to the header row of the block.
    public func autofilter(rows: ClosedRange<Int>, columns: ClosedRange<Int>) throws(WorkbookError) {
        try workbook.check(worksheet_autofilter(handle, lxw_row_t(rows.lowerBound), lxw_col_t(columns.lowerBound),
                                                lxw_row_t(rows.upperBound), lxw_col_t(columns.upperBound)))
    }

    /// Sets up printing on A4 landscape as `setup` says.
    public func setUp(_ setup: PageSetup) throws(WorkbookError) {
        worksheet_set_landscape(handle)
        worksheet_set_paper(handle, 9)
        worksheet_set_margins(handle, PageSetup.sideMargin / 72, PageSetup.sideMargin / 72, PageSetup.topMargin / 72, PageSetup.topMargin / 72)
        worksheet_set_print_scale(handle, UInt16(setup.scale))
        if let rows = setup.repeatedRows {
            try workbook.check(worksheet_repeat_rows(handle, lxw_row_t(rows.lowerBound), lxw_row_t(rows.upperBound)))
        }
        if let columns = setup.repeatedColumns {
            try workbook.check(worksheet_repeat_columns(handle, lxw_col_t(columns.lowerBound), lxw_col_t(columns.upperBound)))
        }
        if !setup.header.isEmpty { try workbook.check(worksheet_set_header(handle, setup.header)) }
        if !setup.footer.isEmpty { try workbook.check(worksheet_set_footer(handle, setup.footer)) }
        if !setup.pageBreaks.isEmpty {
            // libxlsxwriter reads the list up to a 0 and copies it.
            var breaks = setup.pageBreaks.map { lxw_row_t($0) } + [0]
            try workbook.check(worksheet_set_h_pagebreaks(handle, &breaks))
        }
    }

    /// Places `chart` with its top-left corner at the cell, `width` × `height` pixels (96 per inch).
    public func insert(_ chart: Chart, row: Int, column: Int, width: Double, height: Double) throws(WorkbookError) {
        var options = lxw_chart_options()
        // libxlsxwriter sizes a chart as a scale of its default 480 × 288 pixels.
        options.x_scale = width / 480
        options.y_scale = height / 288
        try workbook.check(worksheet_insert_chart_opt(handle, lxw_row_t(row), lxw_col_t(column), chart.handle, &options))
    }
}
