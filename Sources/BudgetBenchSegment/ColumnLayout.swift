import BudgetBenchExtract
import BudgetBenchPDF

/// The columns of a table, found from where its body words line up.
///
/// A column separator is a vertical strip crossed by (almost) no body word. Header words
/// never remove a separator (merged headers span columns) but may add columns where the body
/// is empty throughout.
struct ColumnLayout {
    /// The x-extent of each column's content, left to right.
    let columns: [ClosedRange<Double>]

    init(lines: [PageLine], bodyStart: Int, settings: SegmentSettings) {
        let body = Array(lines[bodyStart...])
        let height = lines.map(\.height).sorted()[lines.count / 2]
        let minimumGap = settings.columnGap * height
        let tolerance = max(1, Int(settings.separatorTolerance * Double(body.count)))
        var occupied = Self.occupied(words: body.flatMap(\.words).map { $0.box.x0...$0.box.x1 },
                                     between: body.flatMap { Self.columnGaps($0, minimumGap: minimumGap) },
                                     tolerance: tolerance, minimumGap: minimumGap)
        // Header cells over columns the body leaves empty add those columns.
        for cell in Self.headerCells(lines[..<bodyStart].flatMap(\.words).map { $0.box.x0...$0.box.x1 })
        where !occupied.contains(where: { $0.overlaps(cell) }) {
            occupied.append(cell)
        }
        columns = occupied.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// The columns a word lies over: those it overlaps, or the nearest when it sits in a gap.
    func columns(of box: Box) -> ClosedRange<Int> {
        let overlapping = columns.indices.filter {
            min(columns[$0].upperBound, box.x1) - max(columns[$0].lowerBound, box.x0) > 1
        }
        if let first = overlapping.first, let last = overlapping.last {
            return first...last
        }
        let center = (box.x0 + box.x1) / 2
        let nearest = columns.indices.min {
            distance(center, columns[$0]) < distance(center, columns[$1])
        } ?? 0
        return nearest...nearest
    }

    private func distance(_ x: Double, _ range: ClosedRange<Double>) -> Double {
        range.contains(x) ? 0 : min(abs(x - range.lowerBound), abs(x - range.upperBound))
    }

    /// The spaces between the cells of one line.
    private static func columnGaps(_ line: PageLine, minimumGap: Double) -> [ClosedRange<Double>] {
        zip(line.words, line.words.dropFirst()).compactMap { left, right in
            right.box.x0 - left.box.x1 >= minimumGap ? left.box.x1...right.box.x0 : nil
        }
    }

    /// Merged x-intervals holding words. Where a few words cross a strip that other lines keep
    /// free between their cells, those words are long or merged cells and the strip stays a gap.
    private static func occupied(words: [ClosedRange<Double>], between: [ClosedRange<Double>], tolerance: Int,
                                 minimumGap: Double) -> [ClosedRange<Double>] {
        let edges = Array(Set(words.flatMap { [$0.lowerBound, $0.upperBound] } + between.flatMap { [$0.lowerBound, $0.upperBound] })).sorted()
        var result: [ClosedRange<Double>] = []
        for (low, high) in zip(edges, edges.dropFirst()) {
            let middle = (low + high) / 2
            let cover = words.filter { $0.contains(middle) }.count
            guard cover > 0 else { continue }
            let spaces = between.filter { $0.contains(middle) }.count
            if cover <= tolerance && spaces >= 2 && spaces > cover { continue }
            if let last = result.last, low - last.upperBound < minimumGap {
                result[result.count - 1] = last.lowerBound...high
            } else {
                result.append(low...high)
            }
        }
        return result
    }

    /// The x-extents of header cells: words stacked over each other join one cell; a group
    /// label lying over two separate cells is left out.
    private static func headerCells(_ words: [ClosedRange<Double>]) -> [ClosedRange<Double>] {
        let overlaps = { (a: ClosedRange<Double>, b: ClosedRange<Double>) in min(a.upperBound, b.upperBound) - max(a.lowerBound, b.lowerBound) > 1 }
        let leaves = words.filter { word in
            let under = words.filter { $0 != word && overlaps($0, word) }
            return !under.contains { a in under.contains { b in !overlaps(a, b) } }
        }
        var cells: [ClosedRange<Double>] = []
        for word in leaves.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = cells.last, overlaps(last, word) {
                cells[cells.count - 1] = last.lowerBound...max(last.upperBound, word.upperBound)
            } else {
                cells.append(word)
            }
        }
        return cells
    }
}
