/// One character poppler laid out on a page, with its box and font.
public struct PDFGlyph: Equatable, Sendable {
    /// The Unicode scalar drawn, as a string.
    public var text: String
    public var box: Box
    public var fontName: String
    public var fontSize: Double

    public init(text: String, box: Box, fontName: String, fontSize: Double) {
        self.text = text
        self.box = box
        self.fontName = fontName
        self.fontSize = fontSize
    }

    /// Whether poppler inserted this as a separator (space or line end) rather than drawing it.
    public var isWhitespace: Bool {
        text.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    }
}
