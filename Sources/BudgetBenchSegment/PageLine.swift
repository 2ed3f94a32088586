import BudgetBenchExtract
import BudgetBenchPDF

/// A line of a page with the page it is on, the unit the segmenter works in.
struct PageLine: Sendable {
    let page: Int
    let line: TextLine
    /// The words joined without the separators, for matching titles and keywords.
    let compact: String
    /// What the line is around a table; asked of most lines several times, so found once.
    let kind: LineKind
    /// More than one cell: words separated by a column gap.
    let hasColumns: Bool

    init(page: Int, line: TextLine) {
        self.page = page
        self.line = line
        compact = line.words.map(\.text).joined()
        kind = LineKind(compact)
        hasColumns = line.text.utf8.contains(UInt8(ascii: "\t"))
    }

    var box: Box { line.box }
    var words: [Word] { line.words }
    var text: String { line.text }
    /// Median glyph height, the scale of every threshold.
    var height: Double { line.words.map(\.box.height).sorted()[line.words.count / 2] }
    var isBold: Bool { line.words.allSatisfy { FontStyle.isBold($0.fontName) } }
    var fontSize: Double { line.words.map(\.fontSize).max() ?? 0 }
}

/// What a font name says about weight.
enum FontStyle {
    static func isBold(_ fontName: String) -> Bool {
        let name = fontName.lowercased()
        return Vocabulary.boldFontMarks.contains { name.contains($0) }
    }
}
