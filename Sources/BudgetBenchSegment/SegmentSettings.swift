/// Thresholds of the segmentation stage, as fractions of a line's glyph height unless stated.
public struct SegmentSettings: Equatable, Sendable {
    /// Lines within this share of the page height from its top or bottom may be running headers or footers.
    public var marginBand: Double
    /// A line repeated on at least this share of pages (and on 3 or more) is a running line.
    public var runningShare: Double
    /// A vertical gap between lines wider than this many line heights ends a table.
    public var tableBreakGap: Double
    /// A column separator is at least this wide.
    public var columnGap: Double
    /// Share of body lines allowed to cross a column separator (long or merged cells).
    public var separatorTolerance: Double

    public static let defaultMarginBand = 0.12
    public static let defaultRunningShare = 0.5
    public static let defaultTableBreakGap = 2.5
    public static let defaultColumnGap = 0.3
    public static let defaultSeparatorTolerance = 0.05

    public init(
        marginBand: Double = defaultMarginBand,
        runningShare: Double = defaultRunningShare,
        tableBreakGap: Double = defaultTableBreakGap,
        columnGap: Double = defaultColumnGap,
        separatorTolerance: Double = defaultSeparatorTolerance
    ) {
        precondition(marginBand > 0 && marginBand < 0.5, "the bands are within the page's halves")
        precondition(runningShare > 0 && runningShare <= 1, "a share of pages")
        self.marginBand = marginBand
        self.runningShare = runningShare
        self.tableBreakGap = tableBreakGap
        self.columnGap = columnGap
        self.separatorTolerance = separatorTolerance
    }
}
