extension Ruling {
    /// Pieces this close across (points) lie on one line: the pixel rows of one thick line
    /// were joined within this distance before rulings came from the drawing.
    static let sameLine = 1.5
    /// Pieces of one line this close along it (points) are one ruling: cell borders drawn
    /// edge to edge, or broken only where a crossing line fills the gap.
    static let touching = 1.0

    /// Joins the collinear pieces that overlap or touch into single rulings and keeps those at
    /// least `minimumLength` long.
    ///
    /// Pieces are sorted by position and cut into runs no wider than `sameLine`; each run is
    /// sorted along its line and joined in one pass, so the cost is that of the sorting.
    static func merged(_ pieces: [Ruling], minimumLength: Double) -> [Ruling] {
        var result: [Ruling] = []
        for isHorizontal in [true, false] {
            let across = pieces.filter { $0.isHorizontal == isHorizontal }.sorted { $0.position < $1.position }
            var start = 0
            while start < across.count {
                var end = start + 1
                while end < across.count, across[end].position - across[start].position <= sameLine { end += 1 }
                result += joined(across[start..<end], minimumLength: minimumLength)
                start = end
            }
        }
        return result
    }

    /// Joins pieces of one line, first to last along it.
    private static func joined(_ line: ArraySlice<Ruling>, minimumLength: Double) -> [Ruling] {
        var result: [Ruling] = []
        var current: Ruling?
        for piece in line.sorted(by: { $0.start < $1.start }) {
            if let ruling = current, piece.start <= ruling.end + touching {
                current?.box = ruling.box.union(piece.box)
            } else {
                if let ruling = current, ruling.length >= minimumLength { result.append(ruling) }
                current = piece
            }
        }
        if let ruling = current, ruling.length >= minimumLength { result.append(ruling) }
        return result
    }

    private var start: Double { isHorizontal ? box.x0 : box.y0 }
    private var end: Double { isHorizontal ? box.x1 : box.y1 }
    private var length: Double { isHorizontal ? box.width : box.height }
}
