/// Groups body pieces into rows by the horizontal borders of a bordered table. A cell merged
/// over several rows (an 一级指标 printed once, centered) has no border across it; its text
/// goes to the first row it covers.
struct RuledRowGrouper {
    let rulings: TableRulings
    let columnCenters: [Double]

    /// The rows, or nil when a page of the table draws too few row borders to read.
    func rows(_ lines: [PageLine], placed: [[PlacedText]]) -> [BodyRowGrouper.Row]? {
        var rows: [BodyRowGrouper.Row] = []
        for page in Array(Set(lines.map(\.page))).sorted() {
            let borders = rulings.rowBorders(page: page)
            guard borders.count >= 2 else { return nil }
            let pieces = lines.indices.filter { lines[$0].page == page }.flatMap { placed[$0] }
            // Each piece's band by its own borders; the bands holding any piece are the table's rows.
            let natural = pieces.map { piece in borders.filter { $0 < (piece.top + piece.bottom) / 2 }.count }
            let occupied = Set(natural)
            var bands: [Int: [PlacedText]] = [:]
            for (piece, start) in zip(pieces, natural) {
                var band = start
                // Up through borders not drawn across this cell's column: a merged cell.
                let x = columnCenters[piece.columns.lowerBound]
                while band > 1, !rulings.isDrawn(page: page, y: borders[band - 1], x: x), occupied.contains(band - 1) {
                    band -= 1
                }
                bands[band, default: []].append(piece)
            }
            let keys = bands.keys.sorted()
            for (index, band) in keys.enumerated() {
                var row = BodyRowGrouper.Row(page: page, pieces: bands[band]!)
                for piece in row.pieces {
                    let x = columnCenters[piece.columns.lowerBound]
                    // The cell runs on while the border above each following row is left out across it.
                    let covered = keys[(index + 1)...].prefix { !rulings.isDrawn(page: page, y: borders[$0 - 1], x: x) }.count
                    if covered > 0 { row.rowSpans[piece.columns.lowerBound] = covered + 1 }
                }
                rows.append(row)
            }
        }
        return rows
    }
}
