/// The cells of one table region: header rows and paths, body rows and merged cells.
struct TableGrid {
    var header: [[String]]
    var headerPaths: [String]
    var body: [[String]]
    var rowPages: [Int]
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
