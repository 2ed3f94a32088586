import BudgetBenchPDF

/// A run of glyphs on one line with no gap wider than the word gap between them.
///
/// In a table row a word is usually a whole cell: `201`, `一般公共服务支出`, `3,258`.
public struct Word: Equatable, Sendable, Codable {
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
}
