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

    /// The level columns of an indicator grid and the middle of its header lines by page, whose
    /// names are moved to the first row of their merged cells (`CenteredLevels`).
    var levels: (columns: Set<Int>, headers: [Int: [Double]])?

    func rows(_ lines: [PageLine], placed: [[PlacedText]]) -> [Row] {
        guard !lines.isEmpty else { return [] }
        let fontSize = lines.map(\.fontSize).sorted()[lines.count / 2]
        let pitch = linePitch(placed, fontSize: fontSize, lineHeight: lines.map(\.height).sorted()[lines.count / 2])
        var rows: [Row] = []
        for page in Array(Set(lines.map(\.page))).sorted() {
            let pieces = lines.indices.filter { lines[$0].page == page }.flatMap { placed[$0] }
            var cells: [[PlacedText]] = []
            var open: [Int: Int] = [:]  // column → index of its last cell
            for piece in pieces.sorted(by: { ($0.top, $0.x) < ($1.top, $1.x) }) {
                let column = piece.columns.lowerBound
                if let pitch, let last = open[column], let previous = cells[last].last,
                   previous.columns == piece.columns, piece.top - previous.top <= pitch {
                    if Self.overprints(piece, previous), let miss = Self.stepMiss(piece, in: cells[last]),
                       let previousMiss = Self.stepMiss(previous, in: cells[last]), miss < previousMiss {
                        // Stacked text run on past its merged cell into the next one's: the piece at
                        // the cell's own step continues it, the other starts the next cell.
                        cells[last][cells[last].count - 1] = piece
                        open[column] = cells.count
                        cells.append([previous])
                    } else if Self.overprints(piece, previous) {
                        open[column] = cells.count
                        cells.append([piece])
                    } else {
                        cells[last].append(piece)
                    }
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
            // The rows as their own cells make them: a merged cell placed does not widen its row for the next.
            let ownPieces = rows.map(\.pieces)
            for index in spanning.sorted() {
                let cell = cells[index]
                let covered = ownPieces.indices.dropFirst(pageStart).filter { Self.overlap(cell, ownPieces[$0]) > Self.rowOverlap * fontSize }
                // A cell overlapping no row (a merged name whose lines fall between rows) goes to the nearest.
                let nearest = ownPieces.indices.dropFirst(pageStart).min { Self.distance(cell, ownPieces[$0]) < Self.distance(cell, ownPieces[$1]) }
                guard let first = covered.first ?? nearest else {
                    rows.append(Row(page: page, pieces: cell))
                    continue
                }
                rows[first].pieces += cell
                if covered.count > 1 { rows[first].rowSpans[cell[0].columns.lowerBound] = covered.count }
            }
            if let levels {
                CenteredLevels(columns: levels.columns, headers: levels.headers, fontSize: fontSize).apply(to: &rows, from: pageStart)
            }
        }
        return rows
    }

    /// Two single characters printed over each other (a column of stacked characters, each one
    /// line, whose heights overlap by more than half): the text of two cells, never of one.
    static func overprints(_ piece: PlacedText, _ previous: PlacedText) -> Bool {
        guard piece.text.count == 1, previous.text.count == 1, min(piece.right, previous.right) - max(piece.x, previous.x) > 0 else { return false }
        return min(piece.bottom, previous.bottom) - max(piece.top, previous.top) > 0.5 * min(piece.bottom - piece.top, previous.bottom - previous.top)
    }

    /// How far a piece's top misses the step at which a cell's characters follow each other,
    /// measured from the character before its last; nil for a cell of fewer than three pieces.
    private static func stepMiss(_ piece: PlacedText, in cell: [PlacedText]) -> Double? {
        guard cell.count >= 3 else { return nil }
        let (first, second) = (cell[cell.count - 3], cell[cell.count - 2])
        return abs(piece.top - second.top - (second.top - first.top))
    }

    /// Cells that share this much height (in font sizes) share a row.
    static let rowOverlap = 0.3

    /// How far apart two runs of pieces are vertically, 0 where they overlap.
    private static func distance(_ a: [PlacedText], _ b: [PlacedText]) -> Double {
        max(0, -overlap(a, b))
    }

    /// How far two runs of pieces overlap vertically.
    private static func overlap(_ a: [PlacedText], _ b: [PlacedText]) -> Double {
        min(a.map(\.bottom).max()!, b.map(\.bottom).max()!) - max(a.map(\.top).min()!, b.map(\.top).min()!)
    }

    /// A cell across a row border: at some height inside it, more columns show a border (a cell
    /// ending just above, the next starting just below) than cells cross it. A 二级 name centered
    /// over its rows crosses the border its rows' 三级, target and score cells show; a wrapped
    /// `一级` / `指标` shows a border that its row's centered `二级指标 | 三级指标 …` cross.
    private static func isMerged(_ cell: [PlacedText], among cells: [[PlacedText]], fontSize: Double) -> Bool {
        let span = Span(cell)
        let margin = rowOverlap * fontSize
        guard span.bottom - span.top > 2 * margin else { return false }
        // A line with its column's cells just above and below (closer than it is tall) is a row of
        // that column, whatever the columns beside it leave empty (a `无` row's blank 完成值).
        let own = cells.filter { $0[0].columns == cell[0].columns && $0 != cell }.map(Span.init)
        let height = span.bottom - span.top
        if cell.count == 1, own.contains(where: { $0.bottom <= span.top && span.top - $0.bottom < height }),
           own.contains(where: { $0.top >= span.bottom && $0.top - span.bottom < height }) {
            return false
        }
        let others = cells.filter { !$0[0].columns.overlaps(cell[0].columns) }
        let columns: [[Span]] = Dictionary(grouping: others, by: { $0[0].columns.lowerBound }).values
            .map { column in column.map(Span.init).sorted { $0.top < $1.top } }
        var cuts: [Double] = []
        for spans in columns {
            for (above, below) in zip(spans, spans.dropFirst()) where below.top >= above.bottom {
                let y = (above.bottom + below.top) / 2
                if y > span.top + margin, y < span.bottom - margin { cuts.append(y) }
            }
        }
        // Vertical text (a stack of single characters) is a merged cell itself: it tells nothing of the rows.
        let all = cells.filter { $0 != cell && ($0.count < 2 || $0.contains { $0.text.count > 1 }) }.map(Span.init)
        let reach = borderReach * fontSize
        return cuts.contains { y in
            let crossing = all.filter { $0.top < y - 1 && $0.bottom > y + 1 }.count
            let bordering = columns.filter { spans in
                spans.contains { $0.bottom <= y + 1 && $0.bottom >= y - reach } && spans.contains { $0.top >= y - 1 && $0.top <= y + reach }
            }.count
            return bordering > crossing
        }
    }

    /// The height a cell's pieces cover.
    private struct Span {
        var top: Double
        var bottom: Double

        init(_ pieces: [PlacedText]) {
            top = pieces.map(\.top).min()!
            bottom = pieces.map(\.bottom).max()!
        }
    }

    /// A column shows a row border where its cells end and start within this many font sizes of it.
    static let borderReach = 2.0

    /// The largest distance between the tops of two lines of one cell, or nil when no cell of
    /// the table wraps (every line is then a row).
    private func linePitch(_ placed: [[PlacedText]], fontSize: Double, lineHeight: Double) -> Double? {
        var pitches: [Double] = []
        var lastTop: [Int: Double] = [:]
        for line in placed {
            for piece in line {
                for column in piece.columns {
                    // Text printed over other text (a cell run on into the next) is no line pitch.
                    if let top = lastTop[column], piece.top - top > 0.5 * lineHeight { pitches.append(piece.top - top) }
                    lastTop[column] = piece.top
                }
            }
        }
        pitches.sort()
        // A cell's own lines are at most this far apart; rows are farther.
        let plausible = max(1.4 * fontSize, 1.2 * lineHeight)
        guard let smallest = pitches.first, smallest <= plausible else { return nil }
        for (low, high) in zip(pitches, pitches.dropFirst()) where high - low > 0.2 * fontSize {
            return min((low + high) / 2, plausible)
        }
        return nil
    }
}
