import BudgetBenchPDF

/// Turns one page's glyphs into upright physical lines of words.
public struct PageExtractor: Sendable {
    public let settings: ExtractionSettings

    public init(settings: ExtractionSettings = ExtractionSettings()) {
        self.settings = settings
    }

    /// Extracts a page of an open document, with its rulings when `rulings` is true (they cost
    /// a pass over the page's drawing, which plain text does not need).
    public func extract(_ page: PDFPage, rulings: Bool = false) -> PageText {
        var text = extract(glyphs: page.glyphs(), number: page.number, width: page.width, height: page.height)
        if rulings {
            let orientation = TextOrientation(degrees: text.rotation)
            text.rulings = page.rulings().map {
                Ruling(box: orientation.upright($0.box, pageWidth: page.width, pageHeight: page.height),
                       isHorizontal: orientation.degrees % 180 == 0 ? $0.isHorizontal : !$0.isHorizontal)
            }
        }
        return text
    }

    /// Extracts lines from glyphs in poppler's text order, on a page of the given display size.
    public func extract(glyphs: [PDFGlyph], number: Int, width: Double, height: Double) -> PageText {
        let orientation = TextOrientation.detect(in: glyphs)
        let upright = orientation == .upright ? glyphs : glyphs.map {
            var glyph = $0
            glyph.box = orientation.upright($0.box, pageWidth: width, pageHeight: height)
            return glyph
        }
        let size = orientation.size(width: width, height: height)
        let wordBuilder = WordBuilder(settings: settings)
        let lines = LineBuilder(settings: settings).lines(of: upright).map(wordBuilder.line(from:))
        return PageText(number: number, width: size.width.hundredths, height: size.height.hundredths, rotation: orientation.degrees, lines: lines)
    }
}
