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
            var bottom = -Double.infinity
            for cell in cells.sorted(by: { $0[0].top < $1[0].top }) {
                let top = cell[0].top
                let end = cell.map(\.bottom).max()!
                if top < bottom - 0.3 * fontSize, !rows.isEmpty, rows[rows.count - 1].page == page {
                    rows[rows.count - 1].pieces += cell
                    bottom = max(bottom, end)
                } else {
                    rows.append(Row(page: page, pieces: cell))
                    bottom = end
                }
            }
        }
        return rows
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
