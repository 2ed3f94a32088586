/// How a sheet prints: always A4 landscape; at which scale, what repeats on every page, and the
/// running header and footer.
public struct PageSetup: Sendable, Equatable {
    /// Percent; a sheet wider than the page continues on further pages to the right. A scale
    /// rather than fit-to-width, so that no program shrinks the text further than the caller chose.
    public var scale: Int
    /// Rows printed at the top of every page.
    public var repeatedRows: ClosedRange<Int>?
    /// Columns printed at the left of every page (the row labels of a wide sheet).
    public var repeatedColumns: ClosedRange<Int>?
    /// Excel header and footer codes: `&L`, `&C`, `&R` sections, `&P` page, `&N` pages, `&D` date, `&A` sheet.
    public var header: String
    public var footer: String
    /// Rows that start a new page.
    public var pageBreaks: [Int]

    public init(scale: Int, repeatedRows: ClosedRange<Int>? = nil, repeatedColumns: ClosedRange<Int>? = nil, header: String = "",
                footer: String = "", pageBreaks: [Int] = []) {
        self.scale = scale
        self.repeatedRows = repeatedRows
        self.repeatedColumns = repeatedColumns
        self.header = header
        self.footer = footer
        self.pageBreaks = pageBreaks
    }

    /// A4 landscape's width and height in points, and the margins `Worksheet.setUp(_:)` sets.
    public static let paperWidth = 842.0, paperHeight = 595.0
    public static let sideMargin = 0.5 * 72, topMargin = 0.75 * 72
    /// Width left for cells on one page, in points.
    public static var printableWidth: Double { paperWidth - 2 * sideMargin }
    /// Height left for cells on one page, in points (the running header and footer sit in the margins).
    public static var printableHeight: Double { paperHeight - 2 * topMargin }
}
