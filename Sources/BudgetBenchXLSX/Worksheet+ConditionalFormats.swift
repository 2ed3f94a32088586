internal import CXlsxWriter

extension Worksheet {
    /// A conditional format that shades numbers by their place among the cells it covers.
    public enum Shading: Sendable, Equatable {
        /// Three colours, RGB: the lowest value, the 50th percentile, the highest.
        case colorScale(lowest: UInt32, middle: UInt32, highest: UInt32)
        /// A bar of one colour, as long as the value is large: size without judgement.
        case dataBar(UInt32)
    }

    /// Shades `cells` (zero-based row and column) as one group, so each is coloured relative
    /// to the others and cells left out keep their own look.
    public func shade(_ cells: [(row: Int, column: Int)], with shading: Shading) throws(WorkbookError) {
        guard let first = cells.first else { return }
        var format = lxw_conditional_format()
        switch shading {
        case .colorScale(let lowest, let middle, let highest):
            format.type = UInt8(LXW_CONDITIONAL_3_COLOR_SCALE.rawValue)
            format.min_color = lowest
            format.mid_color = middle
            format.max_color = highest
        case .dataBar(let color):
            format.type = UInt8(LXW_CONDITIONAL_DATA_BAR.rawValue)
            format.bar_color = color
            format.bar_solid = 1
        }
        // The range list names every cell; its first must be the primary range given below.
        var ranges = Array(cells.map { Self.reference(row: $0.row, column: $0.column) }.joined(separator: " ").utf8CString)
        let result = ranges.withUnsafeMutableBufferPointer { ranges in
            format.multi_range = ranges.baseAddress
            return worksheet_conditional_format_cell(handle, lxw_row_t(first.row), lxw_col_t(first.column), &format)
        }
        try workbook.check(result)
    }

    /// The A1 reference of a zero-based cell.
    static func reference(row: Int, column: Int) -> String {
        var letters = ""
        var rest = column + 1
        while rest > 0 {
            let digit = (rest - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + digit))) + letters
            rest = (rest - 1) / 26
        }
        return "\(letters)\(row + 1)"
    }
}
