/// The cells of one table region: header rows and paths, body rows and merged cells.
struct TableGrid {
    var header: [[String]]
    var headerPaths: [String]
    var body: [[String]]
    var rowPages: [Int]
    /// Where each body row's text lies on its page.
    var rowExtents: [RowExtent]
    var spans: [CellSpan]
    /// The x of the borders between columns, with the outer edges.
    var columnEdges: [Double]
}

/// A run of words of one line that fall in the same columns.
struct PlacedText: Equatable {
    var columns: ClosedRange<Int>
    var text: String
    var top: Double
    var bottom: Double
    var x: Double
    var right: Double

    var center: Double { (x + right) / 2 }
}

/// The top and bottom of a body row's own text on its page, without the merged cells that run
/// from it over the rows below.
struct RowExtent: Equatable {
    var page: Int
    var top: Double
    var bottom: Double

    init(_ row: BodyRowGrouper.Row) {
        let own = row.pieces.filter { row.rowSpans[$0.columns.lowerBound] == nil }
        let pieces = own.isEmpty ? row.pieces : own
        page = row.page
        top = pieces.map(\.top).min() ?? 0
        bottom = pieces.map(\.bottom).max() ?? 0
    }
}
