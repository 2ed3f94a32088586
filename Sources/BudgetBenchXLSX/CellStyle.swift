/// How a cell looks. Equal styles share one libxlsxwriter format in a workbook.
public struct CellStyle: Hashable, Sendable {
    /// How the cell's background is filled.
    public enum Fill: Hashable, Sendable {
        /// One flat colour, RGB.
        case solid(UInt32)
        /// Thin diagonal lines of a colour on white: marks a cell without hiding its text.
        case hatched(UInt32)
    }

    public var bold = false
    public var italic = false
    /// Points; nil keeps the workbook's default (Calibri 11).
    public var fontSize: Double?
    /// An Excel number format such as `#,##0.00` or `0.0%`.
    public var numberFormat: String?
    public var fill: Fill?
    /// RGB, e.g. 0x595959.
    public var fontColor: UInt32?
    /// Indentation level of the text (one level ≈ three spaces).
    public var indent = 0
    public var wrap = false
    public var border = false
    public var centered = false

    public init(bold: Bool = false, italic: Bool = false, fontSize: Double? = nil, numberFormat: String? = nil, fill: Fill? = nil,
                fontColor: UInt32? = nil, indent: Int = 0, wrap: Bool = false, border: Bool = false, centered: Bool = false) {
        self.bold = bold
        self.italic = italic
        self.fontSize = fontSize
        self.numberFormat = numberFormat
        self.fill = fill
        self.fontColor = fontColor
        self.indent = indent
        self.wrap = wrap
        self.border = border
        self.centered = centered
    }
}
