import BudgetBenchPDF

/// The borders a table draws: column borders from its vertical rulings, row borders from its
/// horizontal ones. Bordered tables (most published tables) are read from these; a table
/// without them falls back to the alignment of its words.
struct TableRulings {
    /// Rulings closer than this (points) are one border.
    static let sameBorder = 2.0

    /// x of each column border, left to right; nil when the table has fewer than two columns of borders.
    let columnBorders: [Double]?
    /// Per page, the horizontal rulings across the table.
    let horizontal: [Int: [Ruling]]
    /// Per page, the vertical rulings in the table.
    let vertical: [Int: [Ruling]]

    init(lines: [PageLine], rulings: [Int: [Ruling]]) {
        var horizontal: [Int: [Ruling]] = [:]
        var verticals: [Int: [Ruling]] = [:]
        for page in Array(Set(lines.map(\.page))).sorted() {
            let onPage = lines.filter { $0.page == page }
            let box = onPage.dropFirst().reduce(onPage[0].box) { $0.union($1.box) }
            let height = onPage.map(\.height).sorted()[onPage.count / 2]
            let pageRulings = rulings[page] ?? []
            // The frame reaches as far as the rules drawn across the lines: a last column whose
            // short text ends far left of its right border still has that border.
            let across = pageRulings.filter { ruling in
                ruling.isHorizontal && ruling.position >= box.y0 - height && ruling.position <= box.y1 + height
                    && min(ruling.box.x1, box.x1) - max(ruling.box.x0, box.x0) > height
            }
            let frame = across.reduce(box) { $0.union($1.box) }
            let vertical = pageRulings.filter { ruling in
                !ruling.isHorizontal && ruling.position >= frame.x0 - 4 * height && ruling.position <= frame.x1 + 4 * height
                    && min(ruling.box.y1, box.y1) - max(ruling.box.y0, box.y0) >= min(height, ruling.box.height) * 0.8
            }
            verticals[page] = vertical
            horizontal[page] = across
        }
        // The borders of every page: a form's key–value cells on its first page draw other
        // columns than the indicator grid running on over the next.
        let borders = Self.clustered(verticals.values.joined().map(\.position))
        self.columnBorders = borders.count >= 3 ? borders : nil
        self.horizontal = horizontal
        self.vertical = verticals
    }

    /// The columns of the drawn cell around a box: from the border drawn at its height on its
    /// left to the one on its right (a merged cell has none in between).
    func cellColumns(around box: Box, page: Int) -> ClosedRange<Int>? {
        guard let borders = columnBorders else { return nil }
        let drawn = (vertical[page] ?? []).filter { $0.box.y0 - 1 <= box.midY && $0.box.y1 + 1 >= box.midY }.map(\.position)
        let center = (box.x0 + box.x1) / 2
        guard let left = drawn.filter({ $0 <= center }).max(), let right = drawn.filter({ $0 >= center }).min(),
              let first = borders.firstIndex(where: { abs($0 - left) <= Self.sameBorder }),
              let last = borders.firstIndex(where: { abs($0 - right) <= Self.sameBorder }), last > first
        else { return nil }
        return first...(last - 1)
    }

    /// Whether a vertical border is drawn between two boxes side by side on a line.
    func separates(_ left: Box, _ right: Box, page: Int) -> Bool {
        let y = (left.midY + right.midY) / 2
        return (vertical[page] ?? []).contains { ruling in
            ruling.position >= left.x1 - 1 && ruling.position <= right.x0 + 1 && ruling.box.y0 <= y && ruling.box.y1 >= y
        }
    }

    /// Positions of the row borders on a page, top to bottom.
    func rowBorders(page: Int) -> [Double] {
        Self.clustered((horizontal[page] ?? []).map(\.position))
    }

    /// Two lines of one page with no row border between them (only known where borders are drawn).
    func sameRow(_ upper: PageLine, _ lower: PageLine) -> Bool {
        let borders = rowBorders(page: upper.page)
        guard upper.page == lower.page, borders.count >= 2 else { return false }
        return !borders.contains { $0 > upper.box.midY && $0 < lower.box.midY }
    }

    /// Whether a horizontal border at `y` is drawn across `x` (a merged cell leaves it out).
    func isDrawn(page: Int, y: Double, x: Double) -> Bool {
        (horizontal[page] ?? []).contains { abs($0.position - y) <= Self.sameBorder && $0.box.x0 - 1 <= x && $0.box.x1 + 1 >= x }
    }

    private static func clustered(_ positions: [Double]) -> [Double] {
        var groups: [[Double]] = []
        for position in positions.sorted() {
            if let last = groups.last?.last, position - last <= sameBorder {
                groups[groups.count - 1].append(position)
            } else {
                groups.append([position])
            }
        }
        return groups.map { $0.reduce(0, +) / Double($0.count) }
    }
}
