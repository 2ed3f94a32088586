import BudgetBenchExtract
import BudgetBenchPDF

/// The columns of a table, found from where its body words line up and matched with the
/// header's leaf cells.
///
/// A body column is a vertical strip of words with (almost) no body word crossing the space
/// around it. Header leaf cells (the lowest header cell over each column) are then paired with
/// the body columns in order, so a centered header finds the left-aligned codes or right-aligned
/// figures under it; a header leaf with no body column under it is a column the body leaves
/// empty throughout.
struct ColumnLayout {
    struct Column {
        /// Where the body's words of this column lie; nil for a column the body leaves empty.
        var body: ClosedRange<Double>?
        /// Where the header cell over it lies; nil when the header has none.
        var header: ClosedRange<Double>?

        var extent: ClosedRange<Double> {
            switch (body, header) {
            case let (body?, header?): min(body.lowerBound, header.lowerBound)...max(body.upperBound, header.upperBound)
            case let (body?, nil): body
            case let (nil, header?): header
            case (nil, nil): preconditionFailure("a column has a body or a header")
            }
        }
    }

    let columns: [Column]

    /// The x of the table's left edge, of each border between two columns (halfway across the
    /// gap between their text, or their ruling) and of its right edge.
    var edges: [Double] {
        let extents = columns.map(\.extent)
        guard let first = extents.first, let last = extents.last else { return [] }
        return [first.lowerBound] + zip(extents, extents.dropFirst()).map { ($0.upperBound + $1.lowerBound) / 2 } + [last.upperBound]
    }

    /// A header leaf farther than this (in line heights) from every body column starts a column of its own.
    static let leafReach = 3.0

    init(lines: [PageLine], bodyStart: Int, settings: SegmentSettings) {
        // A wide line without column gaps is a cell merged across columns: it says nothing of them.
        let width = lines.dropFirst().reduce(lines[0].box) { $0.union($1.box) }.width
        // A form over an indicator grid (项目名称 … then 一级指标 | 二级指标 …): the grid's own
        // header line names the columns better than the form's first row, and the grid's rows
        // show them; the form's key–value cells span them.
        let gridHeader = lines.indices.dropFirst(bodyStart).last { index in
            Vocabulary.indicatorHeaders.filter { lines[index].compact.contains($0) }.count >= 2
        }
        let gridBody = gridHeader.map { $0 + 1 < lines.count ? $0 + 1 : bodyStart } ?? bodyStart
        let narrow = Array(lines[gridBody...]).filter { $0.hasColumns || $0.box.width < 0.3 * width }
        let body = narrow.isEmpty ? Array(lines[gridBody...]) : narrow
        let height = lines.map(\.height).sorted()[lines.count / 2]
        let minimumGap = settings.columnGap * height
        let tolerance = max(1, Int(settings.separatorTolerance * Double(body.count)))
        let bodyColumns = Self.occupied(words: body.flatMap(\.words).map { $0.box.x0...$0.box.x1 },
                                        between: body.flatMap { Self.columnGaps($0, minimumGap: minimumGap) },
                                        tolerance: tolerance, minimumGap: minimumGap)
        let columnNumbers = TableGridBuilder.columnNumberLine(lines[..<bodyStart])
        let headerLines = gridHeader.map { Self.wrappedHeader(at: $0, in: lines, minimumGap: minimumGap) }
            ?? lines[..<bodyStart].indices.filter { $0 != columnNumbers }.map { lines[$0] }
        let leaves = Self.headerCells(headerLines.flatMap { Self.phrases($0, minimumGap: minimumGap) })
        let found = Self.joiningSplitCells(Self.align(leaves: leaves, bodyColumns: bodyColumns, skipCost: Self.leafReach * height),
                                           lines: body)
        let all = lines.dropFirst().reduce(lines[0].box) { $0.union($1.box) }
        // A table always has a column, if only one holding everything.
        columns = found.isEmpty ? [Column(body: all.x0...all.x1, header: nil)] : found
    }

    /// A grid's header line with the other lines of its header: those just above and below that
    /// only hold words beside its cells (`一级` / `指标` of a cell that wraps, beside a centered
    /// `二级指标`; a `指标解释` centered over two header rows), and below them a row of sub-headers
    /// without figures, two of them under one header cell (`一级指标` over `名称 | 分值`).
    private static func wrappedHeader(at index: Int, in lines: [PageLine], minimumGap: Double) -> [PageLine] {
        let header = lines[index]
        let cells = phrases(header, minimumGap: minimumGap).map(\.x)
        let near = { (line: PageLine, to: PageLine) in line.page == to.page && abs(line.box.midY - to.box.midY) <= 1.5 * header.height }
        let beside = { (line: PageLine) in !phrases(line, minimumGap: minimumGap).contains { phrase in cells.contains { phrase.x.overlaps($0) } } }
        var result = [header]
        if index > 0, near(lines[index - 1], header), beside(lines[index - 1]) {
            result.append(lines[index - 1])
        }
        var next = index + 1
        while next < lines.count, near(lines[next], lines[next - 1]), beside(lines[next]) {
            result.append(lines[next])
            next += 1
        }
        if next < lines.count, near(lines[next], lines[next - 1]), !lines[next].words.contains(where: { CellText.isFigure($0.text) }) {
            let below = phrases(lines[next], minimumGap: minimumGap).map(\.x)
            if cells.contains(where: { cell in below.filter { $0.overlaps(cell) }.count >= 2 }) {
                result.append(lines[next])
            }
        }
        return result
    }

    /// A column holding text on the left and figures on the right (`45 万笔` / `100%`) shows
    /// as two strips, one without a header. Such a strip joins the headed neighbour it never
    /// shares a line with, or whose characters it continues (`areStacked`).
    private static func joiningSplitCells(_ columns: [Column], lines: [PageLine]) -> [Column] {
        var columns = columns
        // A header the alignment left without body next to a body left without header: one column.
        var pair = 0
        while pair + 1 < columns.count {
            let (a, b) = (columns[pair], columns[pair + 1])
            if a.body == nil, b.header == nil, let header = a.header, let body = b.body {
                columns[pair] = Column(body: body, header: header)
                columns.remove(at: pair + 1)
            } else if a.header == nil, b.body == nil, let body = a.body, let header = b.header {
                columns[pair] = Column(body: body, header: header)
                columns.remove(at: pair + 1)
            }
            pair += 1
        }
        var index = 0
        while index < columns.count {
            guard columns[index].header == nil, let strip = columns[index].body, columns.contains(where: { $0.header != nil }) else {
                index += 1
                continue
            }
            let candidates = [index - 1, index + 1].filter { columns.indices.contains($0) && columns[$0].header != nil && columns[$0].body != nil }
                .filter { neighbour in
                    Self.areStacked(strip, columns[neighbour].body!, under: columns[neighbour].header!, lines: lines)
                        || !lines.contains { line in
                        // Two different words, one in each strip (a wide word may touch both).
                        line.words.contains { overlaps($0.box, strip) && !overlaps($0.box, columns[neighbour].body!) }
                            && line.words.contains { overlaps($0.box, columns[neighbour].body!) && !overlaps($0.box, strip) }
                    }
                }
            let center = (strip.lowerBound + strip.upperBound) / 2
            if let target = candidates.min(by: { abs(Self.middle(columns[$0].header!) - center) < abs(Self.middle(columns[$1].header!) - center) }) {
                let body = columns[target].body!
                columns[target].body = min(body.lowerBound, strip.lowerBound)...max(body.upperBound, strip.upperBound)
                columns.remove(at: index)
            } else {
                index += 1
            }
        }
        return columns
    }

    /// Two strips of single characters set one under another, within a character's width of
    /// each other and of one header cell: vertical text (竖排) of a narrow merged cell whose
    /// characters wrapped into a second column beside the first.
    private static func areStacked(_ strip: ClosedRange<Double>, _ other: ClosedRange<Double>, under header: ClosedRange<Double>,
                                   lines: [PageLine]) -> Bool {
        // A word across both (the wrapped header cell's `指标` over them) is not one of their characters.
        let words = lines.flatMap(\.words).filter { overlaps($0.box, strip) != overlaps($0.box, other) }
        guard words.count >= Self.stackedCharacters, words.allSatisfy({ $0.text.count == 1 }),
              let width = words.map(\.box.width).max() else { return false }
        return gap(strip, other) <= width && gap(strip, header) <= width && gap(other, header) <= width
    }

    /// Fewer characters than this are too few to call a column of them vertical text.
    static let stackedCharacters = 4

    private static func middle(_ range: ClosedRange<Double>) -> Double {
        (range.lowerBound + range.upperBound) / 2
    }

    private static func overlaps(_ box: Box, _ range: ClosedRange<Double>) -> Bool {
        min(box.x1, range.upperBound) - max(box.x0, range.lowerBound) > 1
    }

    /// Columns between the drawn borders of a bordered table.
    init(borders: [Double]) {
        precondition(borders.count >= 2, "TableRulings keeps three or more borders")
        columns = zip(borders, borders.dropFirst()).map { left, right in
            let cell = (left + 1)...max(left + 1, right - 1)
            return Column(body: cell, header: cell)
        }
    }

    /// The middle of each column.
    var centers: [Double] {
        columns.map { ($0.extent.lowerBound + $0.extent.upperBound) / 2 }
    }

    /// The columns a word lies over: those it overlaps, or the nearest when it sits in a gap.
    func columns(of box: Box, inHeader: Bool) -> ClosedRange<Int> {
        let extents = columns.map { inHeader ? ($0.header ?? $0.extent) : ($0.body ?? $0.extent) }
        let overlapping = extents.indices.filter {
            min(extents[$0].upperBound, box.x1) - max(extents[$0].lowerBound, box.x0) > 1
        }
        if let first = overlapping.first, let last = overlapping.last {
            return first...last
        }
        let center = (box.x0 + box.x1) / 2
        let nearest = extents.indices.min { distance(center, extents[$0]) < distance(center, extents[$1]) } ?? 0
        return nearest...nearest
    }

    private func distance(_ x: Double, _ range: ClosedRange<Double>) -> Double {
        range.contains(x) ? 0 : min(abs(x - range.lowerBound), abs(x - range.upperBound))
    }

    /// Pairs header leaves with body columns in order at the least total distance; an unpaired
    /// leaf costs `skipCost` and becomes an empty column, an unpaired body column has no header.
    private static func align(leaves: [ClosedRange<Double>], bodyColumns: [ClosedRange<Double>], skipCost: Double) -> [Column] {
        let (m, n) = (leaves.count, bodyColumns.count)
        var cost = Array(repeating: Array(repeating: Double.infinity, count: n + 1), count: m + 1)
        cost[0][0] = 0
        for i in 0...m {
            for j in 0...n {
                if i > 0 { cost[i][j] = min(cost[i][j], cost[i - 1][j] + skipCost) }
                if j > 0 { cost[i][j] = min(cost[i][j], cost[i][j - 1] + skipCost / 2) }
                if i > 0, j > 0 {
                    cost[i][j] = min(cost[i][j], cost[i - 1][j - 1] + gap(leaves[i - 1], bodyColumns[j - 1]))
                }
            }
        }
        var columns: [Column] = []
        var (i, j) = (m, n)
        while i > 0 || j > 0 {
            if i > 0, j > 0, cost[i][j] == cost[i - 1][j - 1] + gap(leaves[i - 1], bodyColumns[j - 1]) {
                columns.append(Column(body: bodyColumns[j - 1], header: leaves[i - 1]))
                (i, j) = (i - 1, j - 1)
            } else if i > 0, cost[i][j] == cost[i - 1][j] + skipCost {
                columns.append(Column(body: nil, header: leaves[i - 1]))
                i -= 1
            } else {
                columns.append(Column(body: bodyColumns[j - 1], header: nil))
                j -= 1
            }
        }
        return columns.reversed()
    }

    private static func gap(_ a: ClosedRange<Double>, _ b: ClosedRange<Double>) -> Double {
        max(0, max(a.lowerBound, b.lowerBound) - min(a.upperBound, b.upperBound))
    }

    /// A run of a header line's words closer than a column gap (`上缴 上级 支出`), with its place.
    struct Phrase: Equatable {
        var x: ClosedRange<Double>
        var top: Double
        var bottom: Double
        var text: String

        var center: Double { (x.lowerBound + x.upperBound) / 2 }
    }

    static func phrases(_ line: PageLine, minimumGap: Double) -> [Phrase] {
        var result: [Phrase] = []
        for word in line.words {
            if let last = result.last, word.box.x0 - last.x.upperBound < minimumGap {
                result[result.count - 1].x = last.x.lowerBound...word.box.x1
                result[result.count - 1].text += word.text
            } else {
                result.append(Phrase(x: word.box.x0...word.box.x1, top: word.box.y0, bottom: word.box.y1, text: word.text))
            }
        }
        return result
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

    /// The x-extents of header leaf cells. A group label stands over sub-headers on both its
    /// left and its right (`收入` over `项目 | 行次 | 金额`); the other phrases are leaves, and
    /// leaves stacked over each other (a wrapped header) make one cell.
    static func headerCells(_ phrases: [Phrase]) -> [ClosedRange<Double>] {
        let solid = phrases.filter { !$0.text.allSatisfy { "—-–".contains($0) } }
        let leaves = solid.filter { phrase in
            let below = solid.filter { $0.top >= phrase.bottom - 1 }
            return !(below.contains { $0.center < phrase.center } && below.contains { $0.center > phrase.center })
        }
        let overlaps = { (a: ClosedRange<Double>, b: ClosedRange<Double>) in min(a.upperBound, b.upperBound) - max(a.lowerBound, b.lowerBound) > 1 }
        var cells: [ClosedRange<Double>] = []
        for phrase in leaves.map(\.x).sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = cells.last, overlaps(last, phrase) {
                cells[cells.count - 1] = last.lowerBound...max(last.upperBound, phrase.upperBound)
            } else {
                cells.append(phrase)
            }
        }
        return cells
    }
}
