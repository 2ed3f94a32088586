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
    /// the decimal leaves exact arithmetic.
    public func write(_ number: Decimal, row: Int, column: Int, style: CellStyle? = nil) throws(WorkbookError) {
        let value = NSDecimalNumber(decimal: number).doubleValue
        try workbook.check(worksheet_write_number(handle, lxw_row_t(row), lxw_col_t(column), value, try workbook.format(style)))
    }

    /// Writes an empty cell that still carries a style (a shaded or bordered gap).
    public func writeBlank(row: Int, column: Int, style: CellStyle) throws(WorkbookError) {
        try workbook.check(worksheet_write_blank(handle, lxw_row_t(row), lxw_col_t(column), try workbook.format(style)))
    }

    /// Sets the width of the columns `first...last`, in characters.
    public func setWidth(_ width: Double, columns: ClosedRange<Int>) throws(WorkbookError) {
        try workbook.check(worksheet_set_column(handle, lxw_col_t(columns.lowerBound), lxw_col_t(columns.upperBound), width, nil))
    }

    /// Sets a row's height in points (wrapped header text needs room).
    public func setHeight(_ points: Double, row: Int) throws(WorkbookError) {
        try workbook.check(worksheet_set_row(handle, lxw_row_t(row), points, nil))
    }

    /// Puts a row in an outline group of `level` (1–7) so Excel can fold it.
    public func setOutlineLevel(_ level: Int, row: Int) throws(WorkbookError) {
        var options = lxw_row_col_options(hidden: 0, level: UInt8(level), collapsed: 0)
        try workbook.check(worksheet_set_row_opt(handle, lxw_row_t(row), LXW_DEF_ROW_HEIGHT, nil, &options))
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

    /// Shades the block from red (lowest) through yellow to green (highest).
    public func colorScale(rows: ClosedRange<Int>, columns: ClosedRange<Int>) throws(WorkbookError) {
        var format = lxw_conditional_format()
        format.type = UInt8(LXW_CONDITIONAL_3_COLOR_SCALE.rawValue)
        format.min_color = 0xF8696B
        format.mid_color = 0xFFEB84
        format.max_color = 0x63BE7B
        try workbook.check(worksheet_conditional_format_range(handle, lxw_row_t(rows.lowerBound), lxw_col_t(columns.lowerBound),
                                                              lxw_row_t(rows.upperBound), lxw_col_t(columns.upperBound), &format))
    }

    /// A4 landscape, one page wide, the header rows `repeating` printed on every page.
    public func preparePrinting(repeating rows: ClosedRange<Int>) throws(WorkbookError) {
        worksheet_set_landscape(handle)
        worksheet_set_paper(handle, 9)
        worksheet_fit_to_pages(handle, 1, 0)
        try workbook.check(worksheet_repeat_rows(handle, lxw_row_t(rows.lowerBound), lxw_row_t(rows.upperBound)))
    }

    /// Places `chart` with its top-left corner at the cell, scaled.
    public func insert(_ chart: Chart, row: Int, column: Int, scale: Double = 1) throws(WorkbookError) {
        var options = lxw_chart_options()
        options.x_scale = scale
        options.y_scale = scale
        try workbook.check(worksheet_insert_chart_opt(handle, lxw_row_t(row), lxw_col_t(column), chart.handle, &options))
    }
}
