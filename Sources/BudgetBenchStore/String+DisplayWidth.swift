extension String {
    /// Columns the text takes in a terminal or a spreadsheet cell: CJK characters (from U+2E80,
    /// with full-width forms and punctuation) take two.
    public var displayWidth: Int {
        unicodeScalars.reduce(0) { sum, scalar in sum + (scalar.value >= 0x2E80 ? 2 : 1) }
    }
}
