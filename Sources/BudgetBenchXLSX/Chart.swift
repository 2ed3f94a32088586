internal import CXlsxWriter

/// A native Excel chart of a workbook, placed on a sheet with `Worksheet.insert(_:row:column:)`.
public final class Chart {
    public enum Kind: Sendable {
        /// Horizontal bars side by side.
        case clusteredBar
        /// Horizontal bars stacked to 100 %.
        case percentStackedBar

        var type: UInt8 {
            switch self {
            case .clusteredBar: UInt8(LXW_CHART_BAR.rawValue)
            case .percentStackedBar: UInt8(LXW_CHART_BAR_STACKED_PERCENT.rawValue)
            }
        }
    }

    // Owned by the workbook, which frees it on close; the Chart keeps the workbook alive.
    let handle: UnsafeMutablePointer<lxw_chart>
    private let workbook: Workbook

    init(handle: UnsafeMutablePointer<lxw_chart>, workbook: Workbook) {
        self.handle = handle
        self.workbook = workbook
    }

    /// Adds a series: names from `categories`, values from `values` (libxlsxwriter copies the strings).
    public func addSeries(named name: String, categories: CellRange, values: CellRange) throws(WorkbookError) {
        guard let series = chart_add_series(handle, nil, nil) else {
            throw WorkbookError(file: workbook.path, reason: "cannot add a chart series")
        }
        chart_series_set_categories(series, categories.sheet, lxw_row_t(categories.rows.lowerBound), lxw_col_t(categories.columns.lowerBound),
                                    lxw_row_t(categories.rows.upperBound), lxw_col_t(categories.columns.upperBound))
        chart_series_set_values(series, values.sheet, lxw_row_t(values.rows.lowerBound), lxw_col_t(values.columns.lowerBound),
                                lxw_row_t(values.rows.upperBound), lxw_col_t(values.columns.upperBound))
        chart_series_set_name(series, name)
    }

    public func setTitle(_ title: String) {
        chart_title_set_name(handle, title)
    }

    /// Names the value axis of a bar chart (libxlsxwriter's x axis, drawn horizontally).
    public func setValueAxisName(_ name: String) {
        chart_axis_set_name(handle.pointee.x_axis, name)
    }

    public func placeLegendAtBottom() {
        chart_legend_set_position(handle, UInt8(LXW_CHART_LEGEND_BOTTOM.rawValue))
    }
}

/// A block of cells of a named sheet, zero-based.
public struct CellRange: Sendable, Equatable {
    public var sheet: String
    public var rows: ClosedRange<Int>
    public var columns: ClosedRange<Int>

    public init(sheet: String, rows: ClosedRange<Int>, columns: ClosedRange<Int>) {
        self.sheet = sheet
        self.rows = rows
        self.columns = columns
    }
}
