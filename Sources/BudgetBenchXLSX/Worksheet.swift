import Foundation
internal import CXlsxWriter

/// One sheet of a `Workbook`, valid until the workbook is closed.
public final class Worksheet {
    private let handle: UnsafeMutablePointer<lxw_worksheet>
    private let workbook: Workbook

    init(handle: UnsafeMutablePointer<lxw_worksheet>, workbook: Workbook) {
        self.handle = handle
        self.workbook = workbook
    }

    /// Writes text into the cell at zero-based `row` and `column`.
    public func write(_ text: String, row: Int, column: Int) throws(WorkbookError) {
        try workbook.check(worksheet_write_string(handle, lxw_row_t(row), lxw_col_t(column), text, nil))
    }

    /// Writes an exact amount into the cell; Excel stores numbers as doubles, so this is where
    /// the decimal leaves exact arithmetic.
    public func write(_ number: Decimal, row: Int, column: Int) throws(WorkbookError) {
        let value = NSDecimalNumber(decimal: number).doubleValue
        try workbook.check(worksheet_write_number(handle, lxw_row_t(row), lxw_col_t(column), value, nil))
    }

    /// Sets the width of the columns `first...last`, in characters.
    public func setWidth(_ width: Double, columns: ClosedRange<Int>) throws(WorkbookError) {
        try workbook.check(worksheet_set_column(handle, lxw_col_t(columns.lowerBound), lxw_col_t(columns.upperBound), width, nil))
    }
}
