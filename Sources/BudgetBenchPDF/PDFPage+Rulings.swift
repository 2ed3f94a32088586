internal import CPDFPaths

extension PDFPage {
    /// A line shorter than this (points) is text decoration or a tick, not a border.
    public static let minimumRulingLength = 18.0
    /// The thinnest a ruling is made (points): hairlines get this thickness, the one the
    /// table code was tuned on (a pixel row of the page rendered at 2×).
    static let minimumRulingThickness = 0.5
    /// How much shorter than `minimumRulingLength` a drawn line may be: the rendered pixels
    /// `minimumRulingLength` was chosen on showed a line up to a point longer than drawn (its
    /// ends' partly covered pixels and the thickness of the borders it meets), so a cell border
    /// in a 17-pt header row counted.
    static let rulingLengthAllowance = 1.0

    /// The horizontal and vertical lines drawn on the page (borders, gridlines, underlines),
    /// read from its strokes and filled rectangles, in the coordinates of `glyphs()`.
    public func rulings() -> [Ruling] {
        Ruling.merged(paths.segments(pageIndex: number - 1).map(Self.piece(of:)), minimumLength: Self.minimumRulingLength - Self.rulingLengthAllowance)
    }

    /// A drawn segment as a ruling as thick as its line.
    private static func piece(of segment: bb_segment) -> Ruling {
        let half = max(segment.width, minimumRulingThickness) / 2
        let isHorizontal = segment.y0 == segment.y1
        let box = isHorizontal
            ? Box(x0: segment.x0, y0: segment.y0 - half, x1: segment.x1, y1: segment.y0 + half)
            : Box(x0: segment.x0 - half, y0: segment.y0, x1: segment.x0 + half, y1: segment.y1)
        return Ruling(box: box, isHorizontal: isHorizontal)
    }
}
