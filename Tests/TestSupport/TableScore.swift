/// How well extracted tables reproduce the truth tables of one report.
public struct TableScore: CustomStringConvertible, Sendable {
    /// A table as any extractor gives it: where it is and its body grid.
    public struct Candidate: Sendable {
        public var number: String?
        public var title: String?
        public var firstPage: Int
        public var lastPage: Int
        public var body: [[String]]

        public init(number: String?, title: String?, firstPage: Int, lastPage: Int, body: [[String]]) {
            self.number = number
            self.title = title
            self.firstPage = firstPage
            self.lastPage = lastPage
            self.body = body
        }
    }

    public var report: String
    public var tables = 0
    /// Truth tables found with the right title (when it has one) and page span.
    public var tablesFound = 0
    public var cells = 0
    /// Truth body cells reproduced at the right row and column.
    public var cellsCorrect = 0
    public var misses: [String] = []

    public var cellAccuracy: Double { cells == 0 ? 1 : Double(cellsCorrect) / Double(cells) }

    public var description: String {
        "\(report): tables \(tablesFound)/\(tables), cells \(cellsCorrect)/\(cells) = \(String(format: "%.2f", cellAccuracy * 100))%"
    }

    /// Scores the candidates against the truth: each truth table takes the candidate sharing
    /// most cells with it; rows are aligned in order so that one missing row costs one row.
    public init(truth: CorpusTruth, candidates: [Candidate]) {
        report = truth.report
        var taken = Set<Int>()
        for table in truth.tables {
            tables += 1
            let grid = table.body.map { $0.map(Self.compact) }
            cells += grid.reduce(0) { $0 + $1.count }
            let scored = candidates.indices.filter { !taken.contains($0) }.map { index in
                (index, Self.alignedMatches(grid, candidates[index].body.map { $0.map(Self.compact) }))
            }
            guard let (best, matches) = scored.max(by: { $0.1 < $1.1 }), matches > 0 || grid.isEmpty else {
                misses.append("table \(table.index) \(table.title): not found")
                continue
            }
            taken.insert(best)
            cellsCorrect += matches
            let candidate = candidates[best]
            let titled = table.title.isEmpty || Self.compact(candidate.title ?? "") == Self.compact(table.title)
            let paged = candidate.firstPage == table.pages[0] && candidate.lastPage == table.pages[1]
            if titled && paged {
                tablesFound += 1
            } else {
                misses.append("table \(table.index) \(table.title): found \(candidate.title ?? "untitled") p. \(candidate.firstPage)–\(candidate.lastPage), truth p. \(table.pages[0])–\(table.pages[1])")
            }
        }
    }

    static func compact(_ text: String) -> String {
        String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    }

    /// Cells equal at the same column, summed over the best in-order pairing of rows.
    static func alignedMatches(_ truth: [[String]], _ found: [[String]]) -> Int {
        guard !truth.isEmpty, !found.isEmpty else { return 0 }
        var best = Array(repeating: Array(repeating: 0, count: found.count + 1), count: truth.count + 1)
        for i in 1...truth.count {
            for j in 1...found.count {
                let same = zip(truth[i - 1], found[j - 1]).filter { $0 == $1 }.count
                let paired = truth[i - 1].count == found[j - 1].count ? same : 0
                best[i][j] = max(best[i - 1][j], best[i][j - 1], best[i - 1][j - 1] + paired)
            }
        }
        return best[truth.count][found.count]
    }
}
