import BudgetBenchExtract
import BudgetBenchPDF

/// Turns the lines of a table region into header and body cells.
struct TableGridBuilder {
    // Stored once: a regex literal in a function body is compiled again on every call.
    nonisolated(unsafe) private static let year = #/(19|20)\d\d/#

    let settings: SegmentSettings

    func grid(of lines: [PageLine], rulings pageRulings: [Int: [Ruling]]) -> TableGrid {
        let rulings = TableRulings(lines: lines, rulings: pageRulings)
        // A form's rows are all body, each read on its own, the grid's header among them.
        var bodyStart = Self.isForm(lines) ? 0 : Self.bodyStart(lines)
        // The header ends at a drawn border: a wrapped header cell's last line stays in the header.
        while bodyStart > 0, bodyStart < lines.count, rulings.sameRow(lines[bodyStart - 1], lines[bodyStart]) {
            bodyStart += 1
        }
        let layout = rulings.columnBorders.map(ColumnLayout.init(borders:))
            ?? ColumnLayout(lines: lines, bodyStart: bodyStart, settings: settings)
        let placed = lines.indices.map { Self.place(lines[$0], in: layout, inHeader: $0 < bodyStart, rulings: rulings) }
        let header = HeaderBuilder(columnCount: layout.columns.count)
            .header(placed[..<bodyStart].flatMap { $0 }, columnNumberRow: Self.columnNumberLine(lines[..<bodyStart]).map { placed[$0] })
        let bodyLines = Array(lines[bodyStart...])
        let bodyPlaced = Array(placed[bodyStart...])
        let ruled = RuledRowGrouper(rulings: rulings, columnCenters: layout.centers).rows(bodyLines, placed: bodyPlaced)
        let rows = Self.joiningSplitRows(ruled ?? BodyRowGrouper(levels: Self.levels(lines, placed: placed)).rows(bodyLines, placed: bodyPlaced))
        var body: [[String]] = []
        var spans = header.spans
        for (index, row) in rows.enumerated() {
            var cells = Array(repeating: [PlacedText](), count: layout.columns.count)
            for piece in row.pieces.sorted(by: { ($0.top, $0.x) < ($1.top, $1.x) }) {
                cells[piece.columns.lowerBound].append(piece)
                if piece.columns.count > 1 {
                    spans.append(CellSpan(row: header.rows.count + index, column: piece.columns.lowerBound, rowSpan: 1, columnSpan: piece.columns.count))
                }
            }
            for (column, rowSpan) in row.rowSpans {
                spans.append(CellSpan(row: header.rows.count + index, column: column, rowSpan: rowSpan, columnSpan: 1))
            }
            body.append(cells.map(StackedText.text))
        }
        return TableGrid(header: header.rows, headerPaths: header.paths, body: body, rowPages: rows.map(\.page),
                         rowExtents: rows.filter { !$0.pieces.isEmpty }.map(RowExtent.init), spans: spans,
                         columnEdges: layout.edges)
    }

    /// A word starting this far (in its widths) left of the last one's end is printed over it.
    static let overprint = 0.5

    /// A row broken by a page break: the new page opens with the rest of the previous row's
    /// wrapped cells (and nothing else), which belongs to that row.
    static func joiningSplitRows(_ rows: [BodyRowGrouper.Row]) -> [BodyRowGrouper.Row] {
        var result: [BodyRowGrouper.Row] = []
        for row in rows {
            if let previous = result.last, row.page == previous.page + 1 {
                let wrapped = Dictionary(grouping: previous.pieces, by: \.columns.lowerBound).filter { $0.value.count >= 2 }.keys
                if !row.pieces.isEmpty, row.pieces.allSatisfy({ wrapped.contains($0.columns.lowerBound) }) {
                    result[result.count - 1].pieces += row.pieces
                    continue
                }
            }
            result.append(row)
        }
        return result
    }

    /// The 一级 and 二级 columns of the indicator grids among these lines, by the words of their
    /// header lines (with the lines just above and below, where a header cell wraps: `一级` / `指标`),
    /// and the middle of each header line by page; nil without a grid.
    static func levels(_ lines: [PageLine], placed: [[PlacedText]]) -> (columns: Set<Int>, headers: [Int: [Double]])? {
        let headers = lines.indices.filter { isIndicatorHeader(lines[$0]) }
        guard !headers.isEmpty else { return nil }
        var columns = Set<Int>()
        for index in headers {
            let near = [index - 1, index, index + 1].filter { lines.indices.contains($0) }.filter {
                lines[$0].page == lines[index].page && abs(lines[$0].box.midY - lines[index].box.midY) <= 1.5 * lines[index].height
            }
            let texts = Dictionary(grouping: near.flatMap { placed[$0] }.sorted { $0.top < $1.top }, by: \.columns.lowerBound)
                .mapValues { $0.map(\.text).joined().filter { !$0.isWhitespace } }
            columns.formUnion(texts.filter { _, text in Self.levelHeaders.contains { text.includes($0) } }.keys)
        }
        let middles = Dictionary(grouping: headers, by: { lines[$0].page }).mapValues { $0.map { lines[$0].box.midY } }
        return columns.isEmpty ? nil : (columns, middles)
    }

    /// The header words of the level columns whose names are merged cells.
    static let levelHeaders = Array(Vocabulary.indicatorHeaders.prefix(2))

    /// A form: key–value rows, then an indicator grid with its own header line further down.
    static func isForm(_ lines: [PageLine]) -> Bool {
        lines.firstIndex(where: isIndicatorHeader).map { $0 >= Self.formRows } ?? false
    }

    /// A line naming two or more indicator columns (一级指标 | 二级指标 …).
    static func isIndicatorHeader(_ line: PageLine) -> Bool {
        Vocabulary.indicatorHeaders.filter { line.compact.includes($0) }.count >= 2
    }

    /// An indicator header line this far down a table is a grid inside a form, not the table's
    /// header under a grouped heading (which takes a line or two).
    static let formRows = 3

    /// The first body line: the first of at least two lines that print numbers (after a
    /// 栏次 row), or, in a table of text, the line after its header.
    static func bodyStart(_ lines: [PageLine]) -> Int {
        let numeric = lines.indices.filter { index in printsFigures(lines[index]) }
        if numeric.count >= 2, var first = numeric.first {
            if let columnNumbers = columnNumberLine(lines[..<min(first + 1, lines.count)]) {
                return columnNumbers + 1
            }
            // A wrapped first cell starts above its row's numbers: in the body's font, not the header's.
            while first > 1, font(lines[first - 1]) == font(lines[first]), font(lines[first - 1]) != font(lines[0]) {
                first -= 1
            }
            return first
        }
        if let levels = lines.prefix(6).lastIndex(where: { line in Vocabulary.indicatorHeaders.contains { line.compact.contains($0) } }) {
            return levels + 1
        }
        let leadingBold = lines.prefix { $0.isBold }.count
        return leadingBold > 0 && leadingBold < lines.count ? leadingBold : min(1, lines.count - 1)
    }

    /// A body line of a table of figures prints a figure that is not a year (`2023 年预算数`).
    private static func printsFigures(_ line: PageLine) -> Bool {
        line.words.indices.contains { index in
            let word = line.words[index].text
            let year = word.wholeMatch(of: Self.year) != nil
                && (index + 1 < line.words.count && line.words[index + 1].text.hasPrefix("年"))
            return CellText.isFigure(word) && !year
        }
    }

    private static func font(_ line: PageLine) -> String {
        line.words.first.map { "\($0.fontName) \($0.fontSize)" } ?? ""
    }

    /// The 栏次 line of a 决算 header, if any.
    static func columnNumberLine(_ lines: ArraySlice<PageLine>) -> Int? {
        lines.indices.first { index in Vocabulary.columnNumberRow.contains { lines[index].compact.hasPrefix($0) } }
    }

    /// The line's words grouped by the columns they fall in. Words a plain space apart are one
    /// phrase (`2023 年政府采购项目`) and take their columns together, unless both are figures.
    static func place(_ line: PageLine, in layout: ColumnLayout, inHeader: Bool, rulings: TableRulings) -> [PlacedText] {
        var phrases: [(text: String, box: Box)] = []
        for word in line.words {
            // Two figures never join: adjacent amounts may sit closer than a column gap.
            // Nor do words on both sides of a drawn border (a wrapped cell's text running up to it),
            // nor a word printed over the last (two cells' text run into each other).
            if let last = phrases.last, word.box.x0 - last.box.x1 < line.line.columnGapWidth,
               word.box.x0 > last.box.x1 - Self.overprint * word.box.width,
               !(CellText.isFigure(word.text) && CellText.isFigure(String(last.text.split(separator: " ").last ?? ""))),
               !rulings.separates(last.box, word.box, page: line.page) {
                phrases[phrases.count - 1] = (last.text + " " + word.text, last.box.union(word.box))
            } else {
                phrases.append((word.text, word.box))
            }
        }
        var result: [PlacedText] = []
        for phrase in phrases {
            // In a bordered header the drawn cell decides, so a centered group label spans its columns.
            let drawn = inHeader ? rulings.cellColumns(around: phrase.box, page: line.page) : nil
            let columns = drawn ?? layout.columns(of: phrase.box, inHeader: inHeader)
            // Single characters a column gap apart stay apart: they may be two columns of vertical text.
            if let last = result.last, last.columns == columns, inHeader || last.text.count > 1 || phrase.text.count > 1 {
                result[result.count - 1].text += " " + phrase.text
                result[result.count - 1].bottom = max(last.bottom, phrase.box.y1)
                result[result.count - 1].right = max(last.right, phrase.box.x1)
            } else {
                result.append(PlacedText(columns: columns, text: phrase.text, top: phrase.box.y0, bottom: phrase.box.y1,
                                         x: phrase.box.x0, right: phrase.box.x1))
            }
        }
        return result
    }
}
