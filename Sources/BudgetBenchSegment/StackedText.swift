/// Puts a body cell's text back together from its pieces, top to bottom, where the cell may be
/// vertical text (竖排): characters set one under another in a narrow merged cell, wrapping into
/// a second column beside the first.
enum StackedText {
    /// The cell's text from its pieces in reading order (top to bottom, left to right).
    /// Characters in two or more stacks side by side read stack by stack from the right, as
    /// vertical Chinese runs; otherwise the pieces of one line (single characters a column gap
    /// apart, `合 计`) keep a space between them.
    static func text(of pieces: [PlacedText]) -> String {
        let stacks = stacks(pieces)
        if stacks.count >= 2 {
            return CellText.join(stacks.sorted { $0[0].x > $1[0].x }.flatMap { $0.map(\.text) })
        }
        var lines: [PlacedText] = []
        for piece in pieces {
            if let last = lines.last, sameLine(last, piece) {
                lines[lines.count - 1].text += " " + piece.text
                lines[lines.count - 1].bottom = max(last.bottom, piece.bottom)
            } else {
                lines.append(piece)
            }
        }
        return CellText.join(lines.map(\.text))
    }

    /// The pieces grouped into stacks of single characters whose x-extents overlap, or none
    /// when a piece holds more than one character.
    private static func stacks(_ pieces: [PlacedText]) -> [[PlacedText]] {
        guard pieces.count >= 2, pieces.allSatisfy({ $0.text.count == 1 }) else { return [] }
        var stacks: [[PlacedText]] = []
        for piece in pieces {
            if let index = stacks.firstIndex(where: { $0.contains { min($0.right, piece.right) - max($0.x, piece.x) > 0 } }) {
                stacks[index].append(piece)
            } else {
                stacks.append([piece])
            }
        }
        // Some stack holds two characters or more: lone characters side by side are a line.
        return stacks.contains { $0.count >= 2 } ? stacks : []
    }

    /// Two pieces whose heights overlap by more than half the smaller one are on one line.
    private static func sameLine(_ a: PlacedText, _ b: PlacedText) -> Bool {
        let overlap = min(a.bottom, b.bottom) - max(a.top, b.top)
        return overlap > 0.5 * min(a.bottom - a.top, b.bottom - b.top)
    }
}
