import BudgetBenchPDF

/// The areas of a page enclosed by connected rulings: the frames of bordered tables (and of
/// tables drawn with horizontal rules only). Every line inside such an area belongs to its
/// table, however wide its text.
enum RuledAreas {
    /// Touching within this many points connects two rulings.
    static let reach = 2.0
    /// Horizontal rules farther apart than this do not frame one table.
    static let ruleSpacing = 80.0

    static func areas(_ rulings: [Ruling], pageHeight: Double) -> [Box] {
        var parent = Array(rulings.indices)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { i = parent[i] }
            return i
        }
        for a in rulings.indices {
            for b in rulings.indices where a < b && connected(rulings[a], rulings[b]) {
                parent[root(a)] = root(b)
            }
        }
        var groups: [Int: [Ruling]] = [:]
        for index in rulings.indices { groups[root(index), default: []].append(rulings[index]) }
        return groups.values.compactMap { group in
            let box = group.dropFirst().reduce(group[0].box) { $0.union($1.box) }
            let horizontal = group.filter(\.isHorizontal).count
            guard horizontal >= 2, group.count >= 3, box.height >= 20, box.width >= 100,
                  box.height < 0.95 * pageHeight else { return nil }
            return box
        }.sorted { $0.y0 < $1.y0 }
    }

    private static func connected(_ a: Ruling, _ b: Ruling) -> Bool {
        switch (a.isHorizontal, b.isHorizontal) {
        case (true, false): crosses(horizontal: a, vertical: b)
        case (false, true): crosses(horizontal: b, vertical: a)
        case (true, true):
            min(a.box.x1, b.box.x1) - max(a.box.x0, b.box.x0) >= 0.8 * min(a.box.width, b.box.width)
                && abs(a.position - b.position) <= ruleSpacing
        case (false, false): false
        }
    }

    private static func crosses(horizontal h: Ruling, vertical v: Ruling) -> Bool {
        v.position >= h.box.x0 - reach && v.position <= h.box.x1 + reach
            && h.position >= v.box.y0 - reach && h.position <= v.box.y1 + reach
    }
}
