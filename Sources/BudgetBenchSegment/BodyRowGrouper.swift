/// Groups body lines into rows.
///
/// The lines of one cell follow each other at the font's line pitch, so each column's pieces
/// chain into cells; cells whose heights overlap share a row (a short cell is centered beside a
/// tall one, a figure beside a wrapped name), and the cell padding keeps rows apart.
struct BodyRowGrouper {
    struct Row {
        var page: Int
        var pieces: [PlacedText]
        /// Columns whose cell here covers more rows below (a merged cell), with how many rows in all.
        var rowSpans: [Int: Int] = [:]
    }

    func rows(_ lines: [PageLine], placed: [[PlacedText]]) -> [Row] {
        guard !lines.isEmpty else { return [] }
        let fontSize = lines.map(\.fontSize).sorted()[lines.count / 2]
        let pitch = linePitch(placed, fontSize: fontSize)
        var rows: [Row] = []
        for page in Array(Set(lines.map(\.page))).sorted() {
            let pieces = lines.indices.filter { lines[$0].page == page }.flatMap { placed[$0] }
            var cells: [[PlacedText]] = []
            var open: [Int: Int] = [:]  // column → index of its last cell
            for piece in pieces.sorted(by: { ($0.top, $0.x) < ($1.top, $1.x) }) {
                let column = piece.columns.lowerBound
                if let pitch, let last = open[column], let previous = cells[last].last,
                   previous.columns == piece.columns, piece.top - previous.top <= pitch {
                    cells[last].append(piece)
                } else {
                    open[column] = cells.count
                    cells.append([piece])
                }
            }
            // A merged cell (a 一级 or 二级 name centered over its rows) lies across row borders
            // that the other columns show; it joins no rows and goes to the first row it covers.
            let spanning = Set(cells.indices.filter { Self.isMerged(cells[$0], among: cells, fontSize: fontSize) })
            let pageStart = rows.count
            var bottom = -Double.infinity
            for index in cells.indices.sorted(by: { cells[$0][0].top < cells[$1][0].top }) where !spanning.contains(index) {
                let cell = cells[index]
                let top = cell[0].top
                let end = cell.map(\.bottom).max()!
                if top < bottom - Self.rowOverlap * fontSize, rows.count > pageStart {
                    rows[rows.count - 1].pieces += cell
                    bottom = max(bottom, end)
                } else {
                    rows.append(Row(page: page, pieces: cell))
                    bottom = end
                }
            }
            for index in spanning.sorted() {
                let cell = cells[index]
                let covered = rows.indices.dropFirst(pageStart).filter { Self.overlap(cell, rows[$0].pieces) > Self.rowOverlap * fontSize }
                guard let first = covered.first ?? rows.indices.dropFirst(pageStart).last(where: { rows[$0].pieces[0].top <= cell[0].top })
                    ?? (rows.count > pageStart ? pageStart : nil)
                else {
                    rows.append(Row(page: page, pieces: cell))
                    continue
                }
                rows[first].pieces += cell
                if covered.count > 1 { rows[first].rowSpans[cell[0].columns.lowerBound] = covered.count }
            }
        }
        return rows
    }

    /// Cells that share this much height (in font sizes) share a row.
    static let rowOverlap = 0.3

    /// How far two runs of pieces overlap vertically.
    private static func overlap(_ a: [PlacedText], _ b: [PlacedText]) -> Double {
        min(a.map(\.bottom).max()!, b.map(\.bottom).max()!) - max(a.map(\.top).min()!, b.map(\.top).min()!)
    }

    /// A cell beside which at least two other columns each hold two or more cells, and more
    /// columns than hold a single one: it covers a row border those columns show. Where the lines
    /// of a wrapped cell did not chain (a cell's line pitch equal to the rows'), the wrapped
    /// columns are fewer than those whose one line is centered beside them (一级 / 指标 beside 二级指标).
    private static func isMerged(_ cell: [PlacedText], among cells: [[PlacedText]], fontSize: Double) -> Bool {
        let columns = cell[0].columns
        let beside = cells.filter { !$0[0].columns.overlaps(columns) && overlap(cell, $0) > rowOverlap * fontSize }
        let counts = Dictionary(grouping: beside, by: { $0[0].columns.lowerBound }).values.map(\.count)
        let split = counts.filter { $0 >= 2 }.count
        return split >= 2 && split > counts.count - split
    }

    /// The largest distance between the tops of two lines of one cell, or nil when no cell of
    /// the table wraps (every line is then a row).
    private func linePitch(_ placed: [[PlacedText]], fontSize: Double) -> Double? {
        var pitches: [Double] = []
        var lastTop: [Int: Double] = [:]
        for line in placed {
            for piece in line {
                for column in piece.columns {
                    if let top = lastTop[column], piece.top > top { pitches.append(piece.top - top) }
                    lastTop[column] = piece.top
                }
            }
        }
        pitches.sort()
        // A cell's own lines are at most this far apart; rows are farther.
        let plausible = 1.4 * fontSize
        guard let smallest = pitches.first, smallest <= plausible else { return nil }
        for (low, high) in zip(pitches, pitches.dropFirst()) where high - low > 0.2 * fontSize {
            return min((low + high) / 2, plausible)
        }
        return nil
    }
}
