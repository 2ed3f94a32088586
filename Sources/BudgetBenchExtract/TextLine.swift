import BudgetBenchPDF

/// The words of one physical line, left to right.
public struct TextLine: Equatable, Sendable, Encodable {
    public var words: [Word]
    public var box: Box
    /// Gaps of at least this many points between words are column gaps.
    public var columnGapWidth: Double

    public init(words: [Word], columnGapWidth: Double) {
        precondition(!words.isEmpty, "a line holds at least one word")
        self.words = words
        self.box = words.dropFirst().reduce(words[0].box) { $0.union($1.box) }
        self.columnGapWidth = columnGapWidth
    }

    /// The line's text: words joined by a tab across a column gap and by a space otherwise.
    public var text: String {
        var result = words[0].text
        for (previous, word) in zip(words, words.dropFirst()) {
            result += word.box.x0 - previous.box.x1 >= columnGapWidth ? "\t" : " "
            result += word.text
        }
        return result
    }

    private enum CodingKeys: String, CodingKey {
        case text, box, words
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(box, forKey: .box)
        try container.encode(words, forKey: .words)
    }
}
