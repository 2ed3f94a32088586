/// A 一级 or 二级 indicator name filled down its merged cell.
///
/// A tall merged cell whose text wraps a character or so per line (`产` / `出指标`) reaches the
/// reader as pieces on consecutive rows: a single character is no level name, so it is joined
/// with the next row's piece into one name, which also renames the indicators read since the
/// cell began.
struct FilledDown {
    /// A piece this long continues on the next row.
    static let fragmentLength = 1

    private(set) var name = ""
    /// The index of the first indicator under the current cell, once one is read.
    private(set) var start: Int?
    private var lastRow = -2
    private var lastWasFragment = false

    /// Takes a row's cell; returns true when it continued the current name (the indicators since
    /// `start` need the longer name).
    mutating func read(_ cell: String, row: Int) -> Bool {
        let text = IndicatorReader.splitWeight(cell).name
        guard !text.isEmpty else { return false }
        defer { lastRow = row }
        if lastWasFragment, lastRow == row - 1 {
            name += text
            lastWasFragment = name.count <= Self.fragmentLength
            return true
        }
        lastWasFragment = text.count <= Self.fragmentLength
        name = text
        start = nil
        return false
    }

    /// The next indicator, at `index`, is the first under the current name unless one came before.
    mutating func begin(at index: Int) {
        if start == nil { start = index }
    }
}
