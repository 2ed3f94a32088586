/// Moves the names of an unruled indicator grid's level columns (一级, 二级) to the first row of
/// the cell they were printed in.
///
/// Without rulings nothing shows where a merged cell begins; its text is centered over its rows,
/// often beside the second or a middle one, and a reader filling names down would give the rows
/// above it the name before. Read top to bottom, each name's rows start after the previous name's
/// and end as far below its middle as they start above it; where that holds for the whole column
/// (the rows end before the next name begins), the name moves up to its first row.
struct CenteredLevels {
    /// The level columns, and per page the middle of each grid header line (the rows after it are the grid's).
    let columns: Set<Int>
    let headers: [Int: [Double]]
    let fontSize: Double

    /// The first row's bottom may miss the mirrored height by this many font sizes.
    static let tolerance = 1.0

    func apply(to rows: inout [BodyRowGrouper.Row], from pageStart: Int) {
        guard rows.count > pageStart, let page = rows.last?.page, let headerYs = headers[page] else { return }
        // The rows' heights without the level columns' own text (a name may be taller than its rows).
        let extents = rows.indices.map { index -> ClosedRange<Double>? in
            guard index >= pageStart else { return nil }
            let others = rows[index].pieces.filter { !columns.contains($0.columns.lowerBound) }
            let pieces = others.isEmpty ? rows[index].pieces : others
            guard let top = pieces.map(\.top).min(), let bottom = pieces.map(\.bottom).max() else { return nil }
            return top...bottom
        }
        for column in columns.sorted() {
            for header in headerYs {
                guard let headerRow = rows.indices.first(where: { extents[$0]?.contains(header) == true }) else { continue }
                let end = headerYs.filter { $0 > header }.min().flatMap { next in rows.indices.first { extents[$0]?.contains(next) == true } }
                    ?? rows.count
                place(column, rows: &rows, extents: extents, in: (headerRow + 1)..<end)
            }
        }
        // A row that held only a name moved up is gone.
        rows.removeAll { $0.pieces.isEmpty }
    }

    /// A name: the pieces of one level cell (lines that touch), with the rows they stand on.
    private struct Name {
        var rows: [Int]
        var pieces: [PlacedText]
        var top: Double { pieces.map(\.top).min()! }
        var bottom: Double { pieces.map(\.bottom).max()! }
    }

    private func place(_ column: Int, rows: inout [BodyRowGrouper.Row], extents: [ClosedRange<Double>?], in grid: Range<Int>) {
        guard !grid.isEmpty else { return }
        var names: [Name] = []
        for row in grid {
            for piece in rows[row].pieces where piece.columns.lowerBound == column {
                if let last = names.last, piece.top - last.bottom < BodyRowGrouper.rowOverlap * fontSize {
                    names[names.count - 1].rows.append(row)
                    names[names.count - 1].pieces.append(piece)
                } else {
                    names.append(Name(rows: [row], pieces: [piece]))
                }
            }
        }
        // Each name's first row: where its rows, mirrored about its middle, end before the next
        // name begins; else the first row it stands on.
        var starts: [Int] = []
        var start = grid.lowerBound
        for (index, name) in names.enumerated() {
            let first = name.rows.min()!, last = name.rows.max()!
            let bottoms = grid.compactMap { row in extents[row].map { (row, $0.upperBound) } }
            if start <= first, let top = extents[start]?.lowerBound,
               case let target = name.top + name.bottom - top,
               let (end, bottom) = bottoms.min(by: { abs($0.1 - target) < abs($1.1 - target) }),
               end >= last, abs(bottom - target) <= Self.tolerance * fontSize,
               index + 1 == names.count || end < names[index + 1].rows.min()! {
                starts.append(start)
                start = end + 1
            } else {
                starts.append(first)
                start = last + 1
            }
        }
        for (name, start) in zip(names, starts) where name.rows.contains(where: { $0 != start }) {
            for row in Set(name.rows) {
                rows[row].pieces.removeAll { piece in name.pieces.contains(piece) }
            }
            rows[start].pieces += name.pieces
        }
    }
}
