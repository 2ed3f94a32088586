/// Joins table regions that run over a page break into one logical table, before any cell is
/// built, so the whole table shares one set of columns.
///
/// A region continues the table before it when it opens its page without a caption of its own,
/// and either repeats that table's header lines or starts straight with body lines (or, after a
/// form, with the rest of its indicator grid) that cover the same width.
enum TableMerger {
    struct Region {
        var lines: [PageLine]
        var caption: TableCaption
        /// Nothing but running lines stands above it on its page.
        var opensPage: Bool
        var isEmptyMarked: Bool
    }

    /// The logical tables: their caption, whether marked empty, and their lines with repeated headers dropped.
    static func group(_ regions: [Region]) -> [(caption: TableCaption, isEmpty: Bool, lines: [PageLine])] {
        var tables: [(caption: TableCaption, isEmpty: Bool, lines: [PageLine], header: [String])] = []
        for region in regions {
            if var last = tables.last, region.opensPage, region.caption.isEmpty,
               region.lines[0].page == (last.lines.last?.page ?? 0) + 1,
               let added = continuation(region.lines, header: last.header, base: last.lines) {
                last.lines += added
                last.isEmpty = last.isEmpty && region.isEmptyMarked
                tables[tables.count - 1] = last
            } else {
                let header = region.lines[..<TableGridBuilder.bodyStart(region.lines)].map(\.compact)
                tables.append((region.caption, region.isEmptyMarked, region.lines, header))
            }
        }
        return tables.map { ($0.caption, $0.isEmpty, $0.lines) }
    }

    /// The lines `lines` add to the table whose header lines are `header`, or nil when they
    /// start a table of their own.
    private static func continuation(_ lines: [PageLine], header: [String], base: [PageLine]) -> [PageLine]? {
        if !header.isEmpty, lines.count > header.count, Array(lines.prefix(header.count).map(\.compact)) == header {
            return Array(lines.dropFirst(header.count))
        }
        // A form's grid cut by the page break runs on with the rest of its rows, whose first lines
        // may print no figure (a wrapped name) and so look like a header; a header of its own
        // (or the next form's) names its indicator columns.
        let gridRunsOn = TableGridBuilder.isForm(base) && !lines.contains(where: TableGridBuilder.isIndicatorHeader)
        guard gridRunsOn || TableGridBuilder.bodyStart(lines) == 0 else { return nil }
        let span = base.reduce(base[0].box) { $0.union($1.box) }
        let part = lines.reduce(lines[0].box) { $0.union($1.box) }
        let overlap = min(span.x1, part.x1) - max(span.x0, part.x0)
        return overlap >= 0.8 * min(span.width, part.width) ? lines : nil
    }
}
