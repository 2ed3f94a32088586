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

    private func anchored(_ lines: [PageLine], placed: [[PlacedText]], anchors: [Int]) -> [Row] {
        var rows = anchors.map { Row(page: lines[$0].page, pieces: placed[$0]) }
        for index in lines.indices where !anchors.contains(index) {
            let previous = anchors.lastIndex { $0 < index }
            let next = anchors.firstIndex { $0 > index }
            let columns = Set(placed[index].flatMap { Array($0.columns) })
            func freeAt(_ anchor: Int?) -> Bool {
                guard let anchor else { return false }
                return !placed[anchors[anchor]].contains { piece in piece.columns.contains { columns.contains($0) } }
            }
            let target: Int?
            switch (freeAt(previous), freeAt(next)) {
            case (true, true):
                let above = lines[index].box.y0 - lines[anchors[previous!]].box.y1
                let below = lines[anchors[next!]].box.y0 - lines[index].box.y1
                target = above < below ? previous : next
            case (false, true): target = next
            case (true, false): target = previous
            case (false, false): target = previous ?? next
            }
            if let target {
                rows[target].pieces += placed[index]
            }
        }
        return rows
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
