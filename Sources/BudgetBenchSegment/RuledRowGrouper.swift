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
            var bands: [Int: [PlacedText]] = [:]
            for index in lines.indices where lines[index].page == page {
                for piece in placed[index] {
                    let middle = (piece.top + piece.bottom) / 2
                    var band = borders.filter { $0 < middle }.count
                    // Up through borders not drawn across this cell's column: a merged cell.
                    let x = columnCenters[piece.columns.lowerBound]
                    while band > 1, !rulings.isDrawn(page: page, y: borders[band - 1], x: x),
                          bandHasContent(bands, band - 1, lines, placed, page, borders) {
                        band -= 1
                    }
                    bands[band, default: []].append(piece)
                }
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

    /// Whether any body piece on the page falls in the band (its own borders, no merging).
    private func bandHasContent(_ bands: [Int: [PlacedText]], _ band: Int, _ lines: [PageLine], _ placed: [[PlacedText]],
                                _ page: Int, _ borders: [Double]) -> Bool {
        lines.indices.contains { index in
            lines[index].page == page && placed[index].contains { piece in
                borders.filter { $0 < (piece.top + piece.bottom) / 2 }.count == band
            }
        }
    }
}
