/// Moves the names of an unruled indicator grid's level columns (一级, 二级) to the first row of
/// the cell they were printed in.
///
/// Without rulings nothing shows where a merged cell begins; its text is centered over its rows,
/// often beside the second or a middle one, and a reader filling names down would give the rows
/// above it the name before. Read top to bottom, each name's rows start after the previous name's
/// and end as far below its middle as they start above it; where that holds for the whole column
/// (the rows end before the next name begins), the name moves up to its first row.
struct CenteredLevels {
    /// The level columns, and per page the middle of each grid header line (the rows after it are the
    /// grid's, and on later pages those before the next header line).
    let columns: Set<Int>
    let headers: [Int: [Double]]
    let fontSize: Double

    /// The first row's bottom may miss the mirrored height by this many font sizes.
    static let tolerance = 1.0

    func apply(to rows: inout [BodyRowGrouper.Row], from pageStart: Int) {
        guard rows.count > pageStart, let pageNumber = rows.last?.page else { return }
        let headerYs = (headers[pageNumber] ?? []).sorted()
        // A grid begun on an earlier page runs on at the top of this one, up to a header of its own.
        let continued = headers.keys.contains { $0 < pageNumber }
        guard !headerYs.isEmpty || continued else { return }
        // The rows' heights without the level columns' own text (a name may be taller than its rows).
        let extents = rows.indices.map { index -> ClosedRange<Double>? in
            guard index >= pageStart else { return nil }
            let others = rows[index].pieces.filter { !columns.contains($0.columns.lowerBound) }
            let pieces = others.isEmpty ? rows[index].pieces : others
            guard let top = pieces.map(\.top).min(), let bottom = pieces.map(\.bottom).max() else { return nil }
            return top...bottom
        }
        // A grid's rows lie below its header line (a row of the form, or the table's own header
        // above the body), up to the row the next header line stands in.
        let page = rows.indices.dropFirst(pageStart), count = rows.count
        let below = { (y: Double) in page.first { extents[$0].map { $0.lowerBound > y } ?? false } ?? count }
        let reaching = { (y: Double) in page.first { extents[$0].map { $0.upperBound >= y } ?? false } ?? count }
        var grids = headerYs.indices.map { index in
            let start = below(headerYs[index])
            return start..<max(start, index + 1 < headerYs.count ? reaching(headerYs[index + 1]) : rows.count)
        }
        if continued { grids.insert(pageStart..<(headerYs.first.map(reaching) ?? rows.count), at: 0) }
        // Inner levels first: an outer cell (一级) spans whole inner ones (二级), so it starts and
        // ends where they do.
        for grid in grids {
            var inner: [ClosedRange<Int>]?
            for column in columns.sorted(by: >) {
                inner = place(column, rows: &rows, extents: extents, in: grid, inner: inner)
            }
        }
        // A row that held only a name moved up is gone.
        rows.removeAll { $0.pieces.isEmpty }
    }

    /// The space between two lines of one cell, at most, in font sizes.
    static let leading = 0.5

    private static func leavesOpen(_ text: String) -> Bool {
        text.filter { "（(".contains($0) }.count > text.filter { "）)".contains($0) }.count
    }

    /// A name: the pieces of one level cell (lines that touch), with the rows they stand on.
    private struct Name {
        var rows: [Int]
        var pieces: [PlacedText]
        var top: Double { pieces.map(\.top).min()! }
        var bottom: Double { pieces.map(\.bottom).max()! }
    }

    /// Places the names of one column and returns their first rows (nil without names). A mirror
    /// that starts and ends where the inner column's cells do (`inner`, the rows each covers) is
    /// preferred to one that cuts through them.
    private func place(_ column: Int, rows: inout [BodyRowGrouper.Row], extents: [ClosedRange<Double>?], in grid: Range<Int>,
                       inner: [ClosedRange<Int>]?) -> [ClosedRange<Int>]? {
        guard !grid.isEmpty else { return nil }
        var names: [Name] = []
        for row in grid {
            for piece in rows[row].pieces where piece.columns.lowerBound == column {
                // Characters printed over the name's are the next cell's, run into it. A bracket
                // opened on the line above, or opening this one (a weight, `（12 分）`), is the same
                // cell's even a line's leading apart.
                let gap = names.last.map { piece.top - $0.bottom } ?? .infinity
                let bracketed = names.last.map { Self.leavesOpen($0.pieces.map(\.text).joined()) || "（(".contains(piece.text.first ?? " ") } ?? false
                if let last = names.last, gap < BodyRowGrouper.rowOverlap * fontSize || bracketed && gap < Self.leading * fontSize,
                   !last.pieces.contains(where: { BodyRowGrouper.overprints(piece, $0) }) {
                    names[names.count - 1].rows.append(row)
                    names[names.count - 1].pieces.append(piece)
                } else {
                    names.append(Name(rows: [row], pieces: [piece]))
                }
            }
        }
        // Each name's first row: where its rows, mirrored about its middle, end before the next
        // name begins; else the first row it stands on. The rows after the previous name's are
        // tried first, then the later ones down to the name's own: at the top of a page, the rows
        // of a cell begun on the page before come first and take no name.
        var starts: [Int] = []
        var covered: [ClosedRange<Int>] = []
        var start = grid.lowerBound
        let bottoms = grid.compactMap { row in extents[row].map { (row, $0.upperBound) } }
        for (index, name) in names.enumerated() {
            let first = name.rows.min()!, last = name.rows.max()!
            let next = index + 1 < names.count ? names[index + 1].rows.min()! : grid.upperBound
            let fits = (start <= first ? Array(start...first) : []).compactMap { candidate -> (start: Int, end: Int, miss: Double)? in
                guard let top = extents[candidate]?.lowerBound else { return nil }
                let target = name.top + name.bottom - top
                guard let (end, bottom) = bottoms.min(by: { abs($0.1 - target) < abs($1.1 - target) }),
                      end >= last, end < next, abs(bottom - target) <= Self.tolerance * fontSize else { return nil }
                return (candidate, end, abs(bottom - target))
            }
            let aligned = inner.map { cells in
                fits.filter { fit in
                    cells.contains { $0.lowerBound == fit.start }
                        && cells.contains { $0.upperBound == fit.end || $0.lowerBound == fit.end + 1 }
                }
            } ?? []
            let preferred = aligned.isEmpty ? fits : aligned
            if let fit = preferred.first(where: { $0.start == start }) ?? preferred.min(by: { $0.miss < $1.miss }) {
                starts.append(fit.start)
                covered.append(fit.start...fit.end)
                start = fit.end + 1
            } else {
                starts.append(first)
                covered.append(first...last)
                start = last + 1
            }
        }
        for (name, start) in zip(names, starts) where name.rows.contains(where: { $0 != start }) {
            for row in Set(name.rows) {
                rows[row].pieces.removeAll { piece in name.pieces.contains(piece) }
            }
            rows[start].pieces += name.pieces
        }
        return names.isEmpty ? nil : covered
    }
}
