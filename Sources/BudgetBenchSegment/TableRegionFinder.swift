/// Finds the runs of lines on one page that form a table: lines split into cells by column
/// gaps, with the wrapped fragments of their cells between them.
struct TableRegionFinder {
    let settings: SegmentSettings

    /// Index ranges into `lines` (one page, top to bottom), each a table's header and body.
    func regions(in lines: [PageLine], excluding excluded: Set<Int>) -> [Range<Int>] {
        var regions: [Range<Int>] = []
        var index = 0
        while index < lines.count {
            guard !excluded.contains(index), isCellLine(lines[index]) else {
                index += 1
                continue
            }
            var end = index + 1
            var cellLines = 1
            while end < lines.count, !excluded.contains(end), continues(lines, at: end, regionStart: index) {
                if isCellLine(lines[end]) { cellLines += 1 }
                end += 1
            }
            while end > index + 1, !isCellLine(lines[end - 1]), isLoose(lines[end - 1], after: lines[end - 2]) {
                end -= 1
            }
            // A table's 合计 row may be all that runs over onto the next page: a lone total line
            // opening its page is a region, for the merger to join to the table before it.
            let lastRowAlone = cellLines == 1 && end == index + 1 && (0..<index).allSatisfy(excluded.contains)
                && Self.totalWords.contains(lines[index].words[0].text.filter { !$0.isWhitespace })
            if lastRowAlone || (cellLines >= 2 && isAligned(Array(lines[index..<end])) && !isList(Array(lines[index..<end]))) {
                regions.append(extendedUpward(index, lines, excluded: excluded, floor: regions.last?.upperBound ?? 0)..<end)
            }
            index = end
        }
        return regions
    }

    static let totalWords: Set<String> = ["合计", "总计"]

    /// The column gaps of a table's lines line up; the stretched spaces of justified prose do not.
    private func isAligned(_ lines: [PageLine]) -> Bool {
        let gaps = lines.filter(isCellLine).map { line in
            zip(line.line.words, line.line.words.dropFirst()).compactMap { left, right in
                right.box.x0 - left.box.x1 >= line.line.columnGapWidth ? left.box.x1...right.box.x0 : nil
            }
        }
        // A line's gaps meet the next line's, or the line after when the next is two cells of
        // merged names (`满意度 | 服务对象满意`) whose only gap is their own.
        let shares = { (above: [ClosedRange<Double>], below: [ClosedRange<Double>]) in above.contains { a in below.contains { $0.overlaps(a) } } }
        let pairs = gaps.indices.dropLast()
        let shared = pairs.filter { index in
            shares(gaps[index], gaps[index + 1])
                || gaps[index + 1].count == 1 && index + 2 < gaps.count && shares(gaps[index], gaps[index + 2])
        }.count
        return 2 * shared >= pairs.count
    }

    /// Numbered lines set off by a wide space (`1.    上海市…`) are a list, not a two-column table.
    private func isList(_ lines: [PageLine]) -> Bool {
        let cells = lines.filter(isCellLine)
        let items = cells.filter { line in
            line.text.split(separator: "\t").count == 2 && Numbering.match(line.words[0].text) != nil
        }
        return 5 * items.count >= 3 * cells.count
    }

    private func isCellLine(_ line: PageLine) -> Bool {
        line.hasColumns && !line.kind.isTableFurniture
    }

    private func continues(_ lines: [PageLine], at index: Int, regionStart: Int) -> Bool {
        let line = lines[index]
        let previous = lines[index - 1]
        guard !line.kind.isTableFurniture else { return false }
        let gap = line.box.y0 - previous.box.y1
        guard gap <= settings.tableBreakGap * line.height else { return false }
        if isCellLine(line) { return true }
        let span = lines[regionStart..<index].reduce(lines[regionStart].box) { $0.union($1.box) }
        // A fragment of a wrapped cell is narrow and near the table; a paragraph runs its width.
        guard line.box.width <= 0.5 * span.width else { return false }
        let near = line.box.x0 >= span.x0 - 4 * line.height && line.box.x1 <= span.x1 + 4 * line.height
        return near || isBetweenCellLines(lines, at: index)
    }

    /// A line that cell lines follow closely within a few lines: a fragment of a narrow column
    /// left of the cells seen so far (a merged 一级 name wrapping beside its rows).
    private func isBetweenCellLines(_ lines: [PageLine], at index: Int) -> Bool {
        var next = index + 1
        while next < lines.count, next <= index + Self.fragmentRun, !lines[next].kind.isTableFurniture,
              lines[next].box.y0 - lines[next - 1].box.y1 <= settings.tableBreakGap * lines[next].height {
            if isCellLine(lines[next]) { return true }
            next += 1
        }
        return false
    }

    /// Fragments of wrapped cells that may stand in a row between two cell lines.
    static let fragmentRun = 3

    /// A trailing fragment far below the last row is the text after the table, not a cell.
    private func isLoose(_ line: PageLine, after previous: PageLine) -> Bool {
        line.box.y0 - previous.box.y1 > line.height
    }

    /// Header words wrapped above the first cell line (a lone `2023 年政府采购项目`) join the table.
    private func extendedUpward(_ start: Int, _ lines: [PageLine], excluded: Set<Int>, floor: Int) -> Int {
        var first = start
        while first > floor, !excluded.contains(first - 1) {
            let above = lines[first - 1]
            let gap = lines[first].box.y0 - above.box.y1
            guard !above.kind.isTableFurniture, gap <= 1.2 * above.height,
                  above.fontSize <= lines[first].fontSize * 1.1 else { break }
            first -= 1
        }
        return first
    }
}
