import BudgetBenchPDF

/// Splits one line's glyphs into words at horizontal gaps and at poppler's separators.
struct WordBuilder {
    let settings: ExtractionSettings

    func line(from glyphs: [PlacedGlyph]) -> TextLine {
        precondition(!glyphs.isEmpty, "the line builder makes no empty lines")
        let height = Self.median(glyphs.map(\.glyph.box.height))
        let wordGapWidth = settings.wordGap * height
        var words: [Word] = []
        var current: [PDFGlyph] = []
        for item in glyphs {
            if let last = current.last,
               item.followsSeparator || item.glyph.box.x0 - last.box.x1 > wordGapWidth {
                words.append(Self.word(from: current))
                current.removeAll(keepingCapacity: true)
            }
            current.append(item.glyph)
        }
        words.append(Self.word(from: current))
        return TextLine(words: words, columnGapWidth: settings.columnGap * height)
    }

    private static func word(from glyphs: [PDFGlyph]) -> Word {
        let box = glyphs.dropFirst().reduce(glyphs[0].box) { $0.union($1.box) }
        return Word(
            text: glyphs.map(\.text).joined(),
            box: Box(x0: box.x0.hundredths, y0: box.y0.hundredths, x1: box.x1.hundredths, y1: box.y1.hundredths),
            fontName: glyphs[0].fontName,
            fontSize: glyphs[0].fontSize.hundredths
        )
    }

    private static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted[sorted.count / 2]
    }
}
