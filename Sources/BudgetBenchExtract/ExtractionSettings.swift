/// Thresholds of the glyph → word → line stage, as fractions of a line's glyph height.
///
/// Chinese text has no spaces, so every boundary is found from geometry; expressing the
/// thresholds relative to glyph height keeps them valid across font sizes.
public struct ExtractionSettings: Equatable, Sendable {
    /// A horizontal gap wider than this starts a new word.
    public var wordGap: Double
    /// A gap between words wider than this is a column gap (a tab in text output).
    public var columnGap: Double
    /// Two glyphs sit on one line when they overlap vertically by at least this share of the smaller one.
    public var lineOverlap: Double

    public static let defaultWordGap = 0.3
    public static let defaultColumnGap = 0.35
    public static let defaultLineOverlap = 0.5

    public init(
        wordGap: Double = defaultWordGap,
        columnGap: Double = defaultColumnGap,
        lineOverlap: Double = defaultLineOverlap
    ) {
        precondition(wordGap > 0 && columnGap >= wordGap, "a column gap is a wide word gap")
        precondition(lineOverlap > 0 && lineOverlap <= 1, "overlap is a share of glyph height")
        self.wordGap = wordGap
        self.columnGap = columnGap
        self.lineOverlap = lineOverlap
    }
}
