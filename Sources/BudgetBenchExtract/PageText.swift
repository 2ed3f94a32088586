import BudgetBenchPDF

/// The text of one page as physical lines in reading order.
public struct PageText: Equatable, Sendable, Encodable {
    /// 1-based page number.
    public var number: Int
    /// Page size in points, in the orientation the text reads in.
    public var width: Double
    public var height: Double
    /// Clockwise rotation of the page's text in degrees (0, 90, 180 or 270), undone in `lines`.
    public var rotation: Int
    public var lines: [TextLine]
    /// Lines drawn on the page (table borders), upright like the text; empty unless asked for.
    public var rulings: [Ruling]

    public init(number: Int, width: Double, height: Double, rotation: Int, lines: [TextLine], rulings: [Ruling] = []) {
        self.number = number
        self.width = width
        self.height = height
        self.rotation = rotation
        self.lines = lines
        self.rulings = rulings
    }

    /// False for a page without a text layer, such as a scanned image.
    public var hasTextLayer: Bool { !lines.isEmpty }

    private enum CodingKeys: String, CodingKey {
        case number, width, height, rotation, hasTextLayer, lines
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(number, forKey: .number)
        try container.encode(width, forKey: .width)
        try container.encode(height, forKey: .height)
        try container.encode(rotation, forKey: .rotation)
        try container.encode(hasTextLayer, forKey: .hasTextLayer)
        try container.encode(lines, forKey: .lines)
    }
}
