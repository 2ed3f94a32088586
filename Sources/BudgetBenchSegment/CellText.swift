/// How the text of one cell is put back together from its words and lines.
enum CellText {
    /// An amount or count as these tables print it: `3,258`, `449.26`, `-12.5`, `99.10%`, `—`.
    static func isNumeric(_ text: String) -> Bool {
        text.wholeMatch(of: #/[-−]?[\d,]+(\.\d+)?%?|[—–-]{1,2}/#) != nil
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
