/// How a cell looks. Equal styles share one libxlsxwriter format in a workbook.
public struct CellStyle: Hashable, Sendable {
    public var bold = false
    public var italic = false
    /// An Excel number format such as `#,##0.00` or `0.0%`.
    public var numberFormat: String?
    /// RGB, e.g. 0xDDEBF7.
    public var background: UInt32?
    public var fontColor: UInt32?
    /// Indentation level of the text (one level ≈ three spaces).
    public var indent = 0
    public var wrap = false
    public var border = false
    public var centered = false

    public init(bold: Bool = false, italic: Bool = false, numberFormat: String? = nil, background: UInt32? = nil,
                fontColor: UInt32? = nil, indent: Int = 0, wrap: Bool = false, border: Bool = false, centered: Bool = false) {
        self.bold = bold
        self.italic = italic
        self.numberFormat = numberFormat
        self.background = background
        self.fontColor = fontColor
        self.indent = indent
        self.wrap = wrap
        self.border = border
        self.centered = centered
    }
}
