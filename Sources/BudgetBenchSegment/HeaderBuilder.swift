/// Builds header rows and one path per column from the header's words.
///
/// A word spanning several columns is a group label; the words under it form the next header
/// row. A 栏次 row (column numbers) is the last header row and stays out of the paths.
struct HeaderBuilder {
    let columnCount: Int

    struct Result {
        var rows: [[String]]
        var paths: [String]
        var spans: [CellSpan]
    }

    /// A label narrower than the columns it heads (`科目编码` centered over `类 | 款 | 项`, with no
    /// drawn cell to tell) takes the columns of the labels under it on both its sides; each label
    /// below belongs to the nearest label above it.
    static func spreadingGroupLabels(_ labels: [PlacedText]) -> [PlacedText] {
        var result = labels
        for (index, label) in labels.enumerated() where label.columns.count == 1 {
            let children = labels.filter { child in
                child.top >= label.bottom - 1 && labels.filter { $0.bottom - 1 <= child.top }.min {
                    abs($0.center - child.center) < abs($1.center - child.center)
                }.map { $0.x == label.x && $0.top == label.top } == true
            }
            let columns = children.map(\.columns)
            guard children.contains(where: { $0.columns.upperBound < label.columns.lowerBound }),
                  children.contains(where: { $0.columns.lowerBound > label.columns.upperBound }),
                  let first = columns.map(\.lowerBound).min(), let last = columns.map(\.upperBound).max() else { continue }
            result[index].columns = first...last
        }
        return result
    }

    func header(_ pieces: [PlacedText], columnNumberRow: [PlacedText]?) -> Result {
        let numbered = Set((columnNumberRow ?? []).map { "\($0.columns)\($0.top)\($0.text)" })
        let labels = Self.spreadingGroupLabels(pieces.filter { !numbered.contains("\($0.columns)\($0.top)\($0.text)") })
        let groups = labels.filter { $0.columns.count > 1 }
        func level(_ piece: PlacedText) -> Int {
            groups.filter { group in
                group.top < piece.top - 1 && group.columns.overlaps(piece.columns) && group.columns != piece.columns
            }.count
        }
        let depth = (labels.map(level).max() ?? -1) + 1
        var rows = Array(repeating: Array(repeating: [String](), count: columnCount), count: depth)
        var spans: [CellSpan] = []
        var covering = Array(repeating: Array(repeating: [String](), count: columnCount), count: depth)
        for piece in labels.sorted(by: { ($0.top, $0.x) < ($1.top, $1.x) }) {
            let row = level(piece)
            rows[row][piece.columns.lowerBound].append(piece.text)
            for column in piece.columns { covering[row][column].append(piece.text) }
            if piece.columns.count > 1, !spans.contains(where: { $0.row == row && $0.column == piece.columns.lowerBound }) {
                spans.append(CellSpan(row: row, column: piece.columns.lowerBound, rowSpan: 1, columnSpan: piece.columns.count))
            }
        }
        var printed = rows.map { $0.map(CellText.join) }
        if let columnNumberRow {
            var numbers = Array(repeating: [String](), count: columnCount)
            for piece in columnNumberRow { numbers[piece.columns.lowerBound].append(piece.text) }
            printed.append(numbers.map(CellText.join))
        }
        let paths = (0..<columnCount).map { column in
            (0..<depth).map { CellText.join(covering[$0][column]) }.filter { !$0.isEmpty }.joined(separator: " / ")
        }
        return Result(rows: printed, paths: paths, spans: spans)
    }
}
