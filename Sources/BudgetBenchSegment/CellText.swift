/// How the text of one cell is put back together from its words and lines.
enum CellText {
    // Regexes are stored once: a literal in a function body is compiled again on every call.
    nonisolated(unsafe) private static let numeric = #/[-−]?[\d,]+(\.\d+)?%?|[—–-]{1,2}/#

    /// An amount or count as these tables print it: `3,258`, `449.26`, `-12.5`, `99.10%`, `—`.
    static func isNumeric(_ text: String) -> Bool {
        text.wholeMatch(of: numeric) != nil
    }

    /// A number with at least one digit (a dash marks an empty cell, not a figure).
    static func isFigure(_ text: String) -> Bool {
        isNumeric(text) && text.contains { $0.isNumber }
    }

    /// Joins pieces of one cell: Chinese runs join directly, Latin words and digits with a space.
    static func join(_ pieces: [String]) -> String {
        var result = ""
        for piece in pieces where !piece.isEmpty {
            if let last = result.last, let first = piece.first, last.isASCII && first.isASCII,
               last.isLetter || last.isNumber, first.isLetter || first.isNumber {
                result += " "
            }
            result += piece
        }
        return result
    }
}
