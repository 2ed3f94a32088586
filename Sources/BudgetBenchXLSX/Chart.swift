internal import CXlsxWriter

/// A native Excel chart of a workbook, placed on a sheet with `Worksheet.insert(_:row:column:width:height:)`.
public final class Chart {
    public enum Kind: Sendable {
        /// Horizontal bars side by side.
        case clusteredBar
        /// Horizontal bars stacked to 100 %.
        case percentStackedBar
        /// Lines over categories such as years.
        case line

        var type: UInt8 {
            switch self {
            case .clusteredBar: UInt8(LXW_CHART_BAR.rawValue)
            case .percentStackedBar: UInt8(LXW_CHART_BAR_STACKED_PERCENT.rawValue)
            case .line: UInt8(LXW_CHART_LINE.rawValue)
            }
        }
    }

    /// Points of the axis labels and the legend, and of the title. LibreOffice prints chart
    /// text at 0.8 of its size, so 12 pt labels print at 9.6 pt.
    public static let labelSize = 12.0
    public static let titleSize = 14.0

    // Owned by the workbook, which frees it on close; the Chart keeps the workbook alive.
    let handle: UnsafeMutablePointer<lxw_chart>
    private let workbook: Workbook
    private let kind: Kind

    init(handle: UnsafeMutablePointer<lxw_chart>, workbook: Workbook, kind: Kind) {
        self.handle = handle
        self.workbook = workbook
        self.kind = kind
        // Every category labelled, not every other one when they crowd.
        chart_axis_set_interval_unit(categoryAxis, 1)
        var font = lxw_chart_font()
        font.size = Self.labelSize
        chart_axis_set_num_font(categoryAxis, &font)
        chart_axis_set_num_font(valueAxis, &font)
        chart_legend_set_font(handle, &font)
    }

    /// libxlsxwriter's x axis is horizontal: the value axis of a bar chart, the category axis of a line chart.
    private var categoryAxis: UnsafeMutablePointer<lxw_chart_axis> {
        kind == .line ? handle.pointee.x_axis : handle.pointee.y_axis
    }

    private var valueAxis: UnsafeMutablePointer<lxw_chart_axis> {
        kind == .line ? handle.pointee.y_axis : handle.pointee.x_axis
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
        if kind == .line {
            chart_series_set_marker_type(series, UInt8(LXW_CHART_MARKER_AUTOMATIC.rawValue))
        }
    }

    public func setTitle(_ title: String) {
        chart_title_set_name(handle, title)
        var font = lxw_chart_font()
        font.size = Self.titleSize
        font.bold = 1
        chart_title_set_name_font(handle, &font)
    }

    /// Names the value axis and sets how its numbers print (an Excel number format such as `#,##0` or `0%`).
    public func setValueAxis(name: String?, numberFormat: String) {
        if let name {
            chart_axis_set_name(valueAxis, name)
            var font = lxw_chart_font()
            font.size = Self.labelSize
            chart_axis_set_name_font(valueAxis, &font)
        }
        chart_axis_set_num_format(valueAxis, numberFormat)
    }

    /// Lists the categories top to bottom in sheet order (a bar chart draws the first at the bottom).
    public func readCategoriesDownwards() {
        chart_axis_set_reverse(categoryAxis)
    }

    public func placeLegendAtBottom() {
        chart_legend_set_position(handle, UInt8(LXW_CHART_LEGEND_BOTTOM.rawValue))
    }

    /// No legend: a one-series chart's legend would only repeat its title.
    public func removeLegend() {
        chart_legend_set_position(handle, UInt8(LXW_CHART_LEGEND_NONE.rawValue))
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
