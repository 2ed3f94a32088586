import BudgetBenchExtract
import BudgetBenchPDF

/// Turns a document's pages of positioned words into its section tree and tables.
public struct Segmenter: Sendable {
    // Regexes are stored once: a literal in a function body is compiled again on every call.
    private enum Patterns {
        nonisolated(unsafe) static let signedFigure = /[-−(（△]?[0-9][0-9,]*(\.[0-9]+)?[)）]?/
        nonisolated(unsafe) static let code = #/\d{3}(\d{2}){0,2}/#
        nonisolated(unsafe) static let figure = #/-?[\d,]+(\.\d+)?/#
    }

    public let settings: SegmentSettings

    public init(settings: SegmentSettings = SegmentSettings()) {
        self.settings = settings
    }

    /// Line ranges of a page's table regions, in order and without overlaps: regions that share
    /// lines (two ruled tables side by side, whose rows are the same physical lines) become one,
    /// which the grid builder then reads as a table of several sides.
    static func disjoint(_ regions: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for region in regions.sorted(by: { $0.lowerBound < $1.lowerBound }) where !region.isEmpty {
            if let last = result.last, region.lowerBound < last.upperBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, region.upperBound)
            } else {
                result.append(region)
            }
        }
        return result
    }

    /// A table whose own cells say it is empty (`注：…故本表为空表。` inside its frame) and print no
    /// figure; a mark beside figures is about one row, not the table.
    static func saysEmptyInside(_ body: [[String]]) -> Bool {
        let cells = body.joined().map { $0.filter { !$0.isWhitespace } }.filter { !$0.isEmpty }
        return cells.contains { cell in Vocabulary.emptyTableMarks.contains(where: cell.includes) }
            && !cells.contains { $0.wholeMatch(of: Patterns.signedFigure) != nil && $0.contains { "123456789".contains($0) } }
    }

    public func segment(_ pages: [PageText]) -> SegmentedDocument {
        let lines = RunningLines(settings: settings).removing(from: pages)
        let contents = ContentsFinder.contents(lines)
        var regions: [TableMerger.Region] = []
        var used = contents.lines
        let finder = TableRegionFinder(settings: settings)
        for (pageIndex, page) in lines.enumerated() {
            let excluded = Set(contents.lines.filter { $0.page == pageIndex }.map(\.line))
            let ruled = ruledRegions(page, areas: RuledAreas.areas(pages[pageIndex].rulings, pageHeight: pages[pageIndex].height),
                                     excluding: excluded)
            let inRuled = Set(ruled.flatMap { Array($0) })
            let found = Self.disjoint((ruled + finder.regions(in: page, excluding: excluded.union(inRuled)))
                .flatMap { Self.split($0, atTitlesIn: page) })
            let carried = pageIndex > 0 ? carriedRows(page, before: found.first?.lowerBound ?? page.count, excluding: excluded) : 0..<0
            if !carried.isEmpty {
                // Rows left over from the previous page's table, too few to be a region of their own.
                regions.append(TableMerger.Region(lines: Array(page[carried]), caption: TableCaption(), opensPage: true, isEmptyMarked: false))
                for index in carried { used.insert(LineID(page: pageIndex, line: index)) }
            }
            for (number, region) in found.enumerated() {
                precondition(number == 0 || found[number - 1].upperBound <= region.lowerBound, "table regions of a page are disjoint and in order")
                let floor = number > 0 ? found[number - 1].upperBound : carried.upperBound
                var caption = TableCaptionReader().caption(above: region.lowerBound, in: page, floor: floor)
                let opensPage = (0..<region.lowerBound).allSatisfy { excluded.contains($0) }
                if opensPage, caption.isEmpty, pageIndex > 0, let orphan = orphanedCaption(lines[pageIndex - 1], used: used, page: pageIndex - 1) {
                    // The caption stayed at the foot of the previous page.
                    caption = orphan
                    for index in orphan.lines { used.insert(LineID(page: pageIndex - 1, line: index)) }
                    caption.lines = []
                }
                let next = number + 1 < found.count ? found[number + 1].lowerBound : page.count
                let marks = (region.upperBound..<min(next, region.upperBound + 3)).filter {
                    [.emptyMark, .note].contains(page[$0].kind)
                }
                // A table ending its page may have its notes (说明：本表无数据) at the top of the next.
                let nextPage = pageIndex + 1 < lines.count ? lines[pageIndex + 1] : []
                var overleaf: [Int] = []
                if region.upperBound == page.count, let first = nextPage.first, [.emptyMark, .note].contains(first.kind) {
                    let mark = nextPage.prefix(4).indices.first { nextPage[$0].kind == .emptyMark }
                    overleaf = Array(0...(mark ?? 0))
                }
                for index in overleaf { used.insert(LineID(page: pageIndex + 1, line: index)) }
                let emptyOverleaf = overleaf.contains { nextPage[$0].kind == .emptyMark }
                regions.append(TableMerger.Region(
                    lines: Array(page[region]), caption: caption, opensPage: opensPage,
                    isEmptyMarked: emptyOverleaf || marks.contains { page[$0].kind == .emptyMark }))
                for index in Array(region) + caption.lines + marks {
                    used.insert(LineID(page: pageIndex, line: index))
                }
            }
        }
        let text = lines.enumerated().flatMap { pageIndex, page in
            page.enumerated().filter { !used.contains(LineID(page: pageIndex, line: $0.offset)) }.map(\.element)
        }
        let builder = TableGridBuilder(settings: settings)
        let rulings = Dictionary(pages.map { ($0.number, $0.rulings) }, uniquingKeysWith: { first, _ in first })
        let groups = TableMerger.group(regions)
        // Each table's grid is its own lines' work, and the body text's sections are none of it.
        let (tables, sections) = inParallel({
            groups.concurrentMap { caption, isEmpty, tableLines in
                let grid = builder.grid(of: tableLines, rulings: rulings)
                return Table(
                    number: caption.number, title: caption.title, unit: caption.unit, entityLine: caption.entityLine,
                    firstPage: grid.rowPages.first ?? tableLines[0].page, lastPage: grid.rowPages.last ?? tableLines[0].page,
                    header: grid.header, headerPaths: grid.headerPaths, body: grid.body, rowPages: grid.rowPages,
                    spans: grid.spans.sorted { ($0.row, $0.column) < ($1.row, $1.column) }, isEmpty: isEmpty || Self.saysEmptyInside(grid.body),
                    sides: TableSides.sides(headerPaths: grid.headerPaths), frames: Self.frames(of: tableLines, rows: grid.rowExtents), columnEdges: grid.columnEdges)
            }
        }, { SectionBuilder().sections(text) })
        return SegmentedDocument(contents: contents.entries, sections: sections, tables: tables)
    }

    /// The box a table's lines cover on each of its pages, and the border above each body row
    /// there (a page's first row with no line of the table above it: its own top).
    static func frames(of lines: [PageLine], rows: [RowExtent]) -> [TableFrame] {
        let rowsByPage = Dictionary(grouping: rows, by: \.page)
        return Dictionary(grouping: lines, by: \.page).map { page, lines in
            var borders: [Double] = []
            var above = lines.map(\.box.y1).filter { bottom in rowsByPage[page]?.first.map { bottom <= $0.top } ?? false }.max()
            for row in rowsByPage[page] ?? [] {
                borders.append(above.map { (min($0, row.top) + row.top) / 2 } ?? row.top)
                above = row.bottom
            }
            return TableFrame(page: page, box: lines.dropFirst().reduce(lines[0].box) { $0.union($1.box) }, rowBorders: borders)
        }.sorted { $0.page < $1.page }
    }

    /// A region that runs over the next table's numbered title (`五、2018 年度…支出预算表`), split
    /// there; the title and unit lines between the parts become the second part's caption.
    static func split(_ region: Range<Int>, atTitlesIn page: [PageLine]) -> [Range<Int>] {
        guard let title = region.dropFirst().first(where: { isNumberedTitle(page[$0]) }) else { return [region] }
        var next = title + 1
        while next < region.upperBound, page[next].kind.isTableFurniture || isNumberedTitle(page[next]) {
            next += 1
        }
        let head = region.lowerBound..<title
        let tail = next..<region.upperBound
        return (head.count >= 2 ? [head] : []) + (tail.count >= 2 ? split(tail, atTitlesIn: page) : [])
    }

    /// One cell of text numbered like a heading and named like a table: `八、…一般公共预算支出预算表`.
    private static func isNumberedTitle(_ line: PageLine) -> Bool {
        let text = line.compact
        return !line.hasColumns && text.hasSuffix("表") && text.count >= 8 && Numbering.match(text) != nil
    }

    /// Body rows opening a page before anything else (`30312 | 提租补贴 | 1,018.01`): coded rows
    /// with figures that a page break cut from their table.
    private func carriedRows(_ page: [PageLine], before end: Int, excluding excluded: Set<Int>) -> Range<Int> {
        let start = page.indices.first { !excluded.contains($0) } ?? page.count
        var stop = start
        while stop < end, page[stop].kind == .other, Self.isCodedRow(page[stop]) {
            stop += 1
        }
        return start..<stop
    }

    private static func isCodedRow(_ line: PageLine) -> Bool {
        let cells = line.text.split(separator: "\t").map { $0.filter { !$0.isWhitespace } }
        guard cells.count >= 3, let first = cells.first, let last = cells.last else { return false }
        return first.wholeMatch(of: Patterns.code) != nil && last.wholeMatch(of: Patterns.figure) != nil
    }

    /// A table caption standing alone at the foot of a page, if any.
    private func orphanedCaption(_ page: [PageLine], used: Set<LineID>, page pageIndex: Int) -> TableCaption? {
        let floor = (page.indices.last { used.contains(LineID(page: pageIndex, line: $0)) } ?? -1) + 1
        guard floor < page.count else { return nil }
        let caption = TableCaptionReader().caption(above: page.count, in: page, floor: floor)
        guard !caption.isEmpty, caption.lines.last == page.count - 1 else { return nil }
        // A line right under the table's last row is a merged cell's text running over, not a caption.
        if floor > 0, let first = caption.lines.first, page[first].box.y0 - page[floor - 1].box.y1 < page[floor - 1].height {
            return nil
        }
        return caption
    }

    /// The lines inside each ruled area of a page, as index ranges.
    private func ruledRegions(_ page: [PageLine], areas: [Box], excluding excluded: Set<Int>) -> [Range<Int>] {
        areas.compactMap { area in
            let inside = page.indices.filter { index in
                let box = page[index].box
                return !excluded.contains(index) && box.midY >= area.y0 - 1 && box.midY <= area.y1 + 1
                    && (box.x0 + box.x1) / 2 >= area.x0 - 1 && (box.x0 + box.x1) / 2 <= area.x1 + 1
            }
            guard var first = inside.first, var last = inside.last, inside.count >= 2 else { return nil }
            // A frame drawn around two tables ends where the second's number line (公开12表) starts.
            if first < last, let next = ((first + 1)...last).first(where: { page[$0].kind == .tableNumber }) {
                last = next - 1
            }
            // A spreadsheet export draws its title and 部门/单位 lines inside the frame: up to its unit line, they are the caption.
            // The unit line may share its line with the 部门 line (部门： | name | 单位：万元).
            if let caption = (first..<min(first + 4, last)).last(where: {
                page[$0].compact.firstMatch(of: Vocabulary.unit) != nil
                    && (page[$0].text.split(separator: "\t").count <= 2 || Vocabulary.entityPrefixes.contains(where: page[$0].compact.hasPrefix))
            }) {
                first = caption + 1
            }
            return first < last ? first..<(last + 1) : nil
        }
    }
}
