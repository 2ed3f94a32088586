import BudgetBenchPDF

/// A drawn glyph with what the word builder needs to know about its neighbours.
struct PlacedGlyph {
    var glyph: PDFGlyph
    /// Poppler put a space or line end right before this glyph in its text order.
    var followsSeparator: Bool
}

/// Groups glyphs into physical lines: glyphs that overlap vertically share a line.
///
/// Poppler's own line order follows its reading-order heuristics, which read some tables
/// column by column; building lines from the boxes gives the page as it looks. A line keeps the
/// height of the glyph that started it: a cell's text centered beside a cell that wraps sits
/// half a line lower and overlaps both of its lines, and a band grown by it would chain the two
/// wrapped lines into one and interleave their glyphs (`一 指级标` for 一级 / 指标).
struct LineBuilder {
    let settings: ExtractionSettings

    /// Lines top to bottom, each with its glyphs left to right.
    func lines(of glyphs: [PDFGlyph]) -> [[PlacedGlyph]] {
        var placed: [PlacedGlyph] = []
        placed.reserveCapacity(glyphs.count)
        var afterSeparator = false
        for glyph in glyphs {
            if glyph.isWhitespace {
                afterSeparator = true
            } else if glyph.box.width > 0 || glyph.box.height > 0 {
                placed.append(PlacedGlyph(glyph: glyph, followsSeparator: afterSeparator))
                afterSeparator = false
            }
        }
        placed.sort { ($0.glyph.box.y0, $0.glyph.box.x0) < ($1.glyph.box.y0, $1.glyph.box.x0) }

        var lines: [(band: Box, glyphs: [PlacedGlyph])] = []
        var open: [Int] = []
        for item in placed {
            let box = item.glyph.box
            open.removeAll { lines[$0].band.y1 <= box.y0 }
            let best = open.max { overlap(lines[$0].band, box) < overlap(lines[$1].band, box) }
            if let best, overlap(lines[best].band, box) >= settings.lineOverlap {
                lines[best].glyphs.append(item)
                lines[best].band = Box(
                    x0: min(lines[best].band.x0, box.x0), y0: lines[best].band.y0,
                    x1: max(lines[best].band.x1, box.x1), y1: lines[best].band.y1
                )
            } else {
                open.append(lines.count)
                lines.append((box, [item]))
            }
        }
        return lines
            .sorted { ($0.band.midY, $0.band.x0) < ($1.band.midY, $1.band.x0) }
            .map { $0.glyphs.sorted { $0.glyph.box.x0 < $1.glyph.box.x0 } }
    }

    /// Vertical overlap as a share of the lower of the two heights.
    private func overlap(_ band: Box, _ box: Box) -> Double {
        let smaller = min(band.height, box.height)
        guard smaller > 0 else { return band.midY == box.midY ? 1 : 0 }
        return band.verticalOverlap(with: box) / smaller
    }
}
