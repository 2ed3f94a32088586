/// Groups body lines into rows.
///
/// In a table of figures every row has exactly one line printing its numbers (numbers never
/// wrap); the lines of a wrapped name around it join the row whose cell they complete. In a
/// table of text, rows are told apart by the wider vertical gap between them than between the
/// lines of one cell.
struct BodyRowGrouper {
    let columnCount: Int

    struct Row {
        var page: Int
        var pieces: [PlacedText]
    }

    func rows(_ lines: [PageLine], placed: [[PlacedText]]) -> [Row] {
        guard !lines.isEmpty else { return [] }
        let numericColumns = numericColumns(placed)
        let anchors = lines.indices.filter { index in
            placed[index].contains { piece in
                CellText.isNumeric(piece.text) && piece.columns.allSatisfy(numericColumns.contains)
            }
        }
        // Figures anchor rows only where most rows print them (not a few percentages in a table of text).
        let multiCell = lines.indices.filter { placed[$0].count >= 2 }.count
        if !numericColumns.isEmpty, !anchors.isEmpty, Double(anchors.count) >= 0.6 * Double(multiCell) {
            return anchored(lines, placed: placed, anchors: anchors)
        }
        return gapped(lines, placed: placed)
    }

    /// Columns whose filled cells are mostly numbers.
    private func numericColumns(_ placed: [[PlacedText]]) -> Set<Int> {
        var numbers = Array(repeating: 0, count: columnCount)
        var filled = Array(repeating: 0, count: columnCount)
        for piece in placed.joined() where piece.columns.count == 1 {
            filled[piece.columns.lowerBound] += 1
            if CellText.isNumeric(piece.text) { numbers[piece.columns.lowerBound] += 1 }
        }
        return Set((0..<columnCount).filter { filled[$0] > 0 && Double(numbers[$0]) >= 0.5 * Double(filled[$0]) })
    }

    /// Rows of a table of figures: one per anchor line. The lines between two anchors split at
    /// the widest vertical gap (the cell padding of the row boundary); where no gap stands out,
    /// a line joins the anchor whose cell it completes.
    private func anchored(_ lines: [PageLine], placed: [[PlacedText]], anchors: [Int]) -> [Row] {
        var rows = anchors.map { Row(page: lines[$0].page, pieces: placed[$0]) }
        let height = lines.map(\.height).sorted()[lines.count / 2]
        for index in lines.indices where index < anchors[0] {
            rows[0].pieces += placed[index]
        }
        for index in lines.indices where index > anchors[anchors.count - 1] {
            rows[rows.count - 1].pieces += placed[index]
        }
        for (row, (upper, lower)) in zip(anchors, anchors.dropFirst()).enumerated() where lower - upper > 1 {
            let between = Array(upper...lower)
            let gaps = zip(between, between.dropFirst()).map { lines[$1].page == lines[$0].page ? lines[$1].box.y0 - lines[$0].box.y1 : .infinity }
            let widest = gaps.indices.max { gaps[$0] < gaps[$1] }!
            let ordinary = gaps.sorted()[gaps.count / 2]
            for (offset, index) in between.dropFirst().dropLast().enumerated() {
                let target: Int
                if gaps[widest] - ordinary > 0.15 * height || gaps[widest].isInfinite {
                    target = offset < widest ? row : row + 1
                } else {
                    target = completes(placed[index], anchor: placed[lower]) ? row + 1 : row
                }
                rows[target].pieces += placed[index]
            }
        }
        return rows
    }

    /// The line's pieces fall in columns the anchor leaves empty.
    private func completes(_ pieces: [PlacedText], anchor: [PlacedText]) -> Bool {
        let columns = Set(pieces.flatMap { Array($0.columns) })
        return !anchor.contains { piece in piece.columns.contains { columns.contains($0) } }
    }

    /// Rows of a table of text. Within a cell, lines follow at the font's line pitch; across a
    /// row boundary the pitch grows by the cell padding. A line continues the row when one of its
    /// pieces sits one line pitch under a piece of the same column.
    private func gapped(_ lines: [PageLine], placed: [[PlacedText]]) -> [Row] {
        let fontSize = lines.map(\.fontSize).sorted()[lines.count / 2]
        let pitch = linePitch(placed, fontSize: fontSize)
        var rows = [Row(page: lines[0].page, pieces: placed[0])]
        var lastTop: [Int: Double] = [:]
        for piece in placed[0] { for column in piece.columns { lastTop[column] = piece.top } }
        for index in 1..<lines.count {
            let continues = lines[index].page == lines[index - 1].page && placed[index].contains { piece in
                piece.columns.contains { column in
                    guard let top = lastTop[column], let pitch else { return false }
                    return piece.top - top > 0 && piece.top - top <= pitch
                }
            }
            if continues {
                rows[rows.count - 1].pieces += placed[index]
            } else {
                rows.append(Row(page: lines[index].page, pieces: placed[index]))
                lastTop = [:]
            }
            for piece in placed[index] { for column in piece.columns { lastTop[column] = piece.top } }
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
