import BudgetBenchExtract

/// Turns a document's pages of positioned words into its section tree and tables.
public struct Segmenter: Sendable {
    public let settings: SegmentSettings

    public init(settings: SegmentSettings = SegmentSettings()) {
        self.settings = settings
    }

    public func segment(_ pages: [PageText]) -> SegmentedDocument {
        let lines = RunningLines(settings: settings).removing(from: pages)
        let contents = ContentsFinder.contents(lines)
        var regions: [TableMerger.Region] = []
        var used = contents.lines
        let finder = TableRegionFinder(settings: settings)
        for (pageIndex, page) in lines.enumerated() {
            let excluded = Set(contents.lines.filter { $0.page == pageIndex }.map(\.line))
            let found = finder.regions(in: page, excluding: excluded)
            for (number, region) in found.enumerated() {
                let floor = number > 0 ? found[number - 1].upperBound : 0
                let caption = TableCaptionReader().caption(above: region.lowerBound, in: page, floor: floor)
                let next = number + 1 < found.count ? found[number + 1].lowerBound : page.count
                let marks = (region.upperBound..<min(next, region.upperBound + 3)).filter {
                    [.emptyMark, .note].contains(LineKind(page[$0]))
                }
                let opensPage = (0..<region.lowerBound).allSatisfy { excluded.contains($0) }
                regions.append(TableMerger.Region(
                    lines: Array(page[region]), caption: caption, opensPage: opensPage,
                    isEmptyMarked: marks.contains { LineKind(page[$0]) == .emptyMark }))
                for index in Array(region) + caption.lines + marks {
                    used.insert(LineID(page: pageIndex, line: index))
                }
            }
        }
        let builder = TableGridBuilder(settings: settings)
        let rulings = Dictionary(pages.map { ($0.number, $0.rulings) }, uniquingKeysWith: { first, _ in first })
        let tables = TableMerger.group(regions).map { caption, isEmpty, tableLines in
            let grid = builder.grid(of: tableLines, rulings: rulings)
            return Table(
                number: caption.number, title: caption.title, unit: caption.unit, entityLine: caption.entityLine,
                firstPage: grid.rowPages.first ?? tableLines[0].page, lastPage: grid.rowPages.last ?? tableLines[0].page,
                header: grid.header, headerPaths: grid.headerPaths, body: grid.body, rowPages: grid.rowPages,
                spans: grid.spans, isEmpty: isEmpty, sides: TableSides.sides(headerPaths: grid.headerPaths, header: grid.header))
        }
        var text: [PageLine] = []
        for (pageIndex, page) in lines.enumerated() {
            for (index, line) in page.enumerated() where !used.contains(LineID(page: pageIndex, line: index)) {
                text.append(line)
            }
        }
        return SegmentedDocument(contents: contents.entries, sections: SectionBuilder().sections(text), tables: tables)
    }
}
