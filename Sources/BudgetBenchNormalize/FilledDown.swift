import Foundation

/// A 一级 or 二级 indicator name filled down its merged cell.
///
/// A tall merged cell whose text wraps a character or so per line (`产` / `出指标`) reaches the
/// reader as pieces on consecutive rows where no border tells the rows of the cell apart: a
/// single character is no level name, nor a name leaving a bracket open or a piece starting with
/// its 指标 or weight, so such a piece is joined with the next row's into one name, which also
/// renames the indicators read since the cell began. The weight printed in the cell
/// (`产出指标（50分）`) is split off the joined text.
struct FilledDown {
    /// What a row's cell did to the name.
    enum Change {
        /// The cell is empty: the name runs on.
        case none
        /// The cell starts another name.
        case started
        /// The cell continues the current name (the indicators since `start` need the longer name).
        case continued
    }

    /// A piece this long continues on the next row.
    static let fragmentLength = 1

    private var printed = ""
    /// The name as printed, without its weight.
    private(set) var name = ""
    /// The weight printed in the cell, if any.
    private(set) var weight: String?
    /// The index of the first indicator under the current cell, once one is read.
    private(set) var start: Int?
    private var lastRow = -2
    private var lastWasFragment = false

    /// Takes a row's cell.
    mutating func read(_ cell: String, row: Int) -> Change {
        // Spaces stay: `决策 15` prints its weight after one.
        let text = cell.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return .none }
        defer {
            lastRow = row
            (name, weight) = IndicatorReader.splitWeight(printed)
        }
        if lastRow == row - 1, lastWasFragment || Self.continues(Names.compact(printed), with: Names.compact(text)) {
            printed += text
            lastWasFragment = Names.compact(printed).count <= Self.fragmentLength
            return .continued
        }
        lastWasFragment = Names.compact(text).count <= Self.fragmentLength
        printed = text
        start = nil
        return .started
    }

    /// Whether the next row's piece continues a name that wrapped without borders between its
    /// lines (`产出` / `指标` / `（50分）`, `满意` / `度指标（20` / `分）`, `经济效益指` / `标（12分）`,
    /// `满意` / `度指` / `标（20`): the name left a bracket open or its 指标 cut in two (or the piece
    /// cuts it), or the piece is a single character or the name's 指标 or weight, which stand after
    /// a name, never alone.
    static func continues(_ name: String, with piece: String) -> Bool {
        let open = name.filter { "（(".contains($0) }.count > name.filter { "）)".contains($0) }.count
        let cut = name.hasSuffix("指") && piece.hasPrefix("标") || !name.contains("指标") && piece.hasSuffix("指")
        let tail = ["指标", "（", "("].contains { piece.hasPrefix($0) } || piece.count <= fragmentLength
        return open || cut || tail || (!name.contains("指标") && piece.contains("指标") && !name.hasSuffix("）") && !name.hasSuffix(")"))
    }

    /// The next indicator, at `index`, is the first under the current name unless one came before.
    mutating func begin(at index: Int) {
        if start == nil { start = index }
    }
}
