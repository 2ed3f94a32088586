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
        if !numericColumns.isEmpty, !anchors.isEmpty {
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

    private func gapped(_ lines: [PageLine], placed: [[PlacedText]]) -> [Row] {
        let height = lines.map(\.height).sorted()[lines.count / 2]
        let gaps = zip(lines, lines.dropFirst()).map { $1.page == $0.page ? $1.box.y0 - $0.box.y1 : .infinity }
        let finite = gaps.filter(\.isFinite).sorted()
        var threshold = Double.infinity
        if let low = finite.first, let high = finite.last, high - low > 0.12 * height {
            let jumps = zip(finite, finite.dropFirst()).map { $1 - $0 }
            if let widest = jumps.indices.max(by: { jumps[$0] < jumps[$1] }) {
                threshold = (finite[widest] + finite[widest + 1]) / 2
            }
        }
        var rows = [Row(page: lines[0].page, pieces: placed[0])]
        for index in 1..<lines.count {
            let gap = gaps[index - 1]
            if threshold.isInfinite || gap > threshold {
                rows.append(Row(page: lines[index].page, pieces: placed[index]))
            } else {
                rows[rows.count - 1].pieces += placed[index]
            }
        }
        return rows
    }
}
