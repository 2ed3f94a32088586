import BudgetBenchPDF

/// The direction a page's text runs in, and the transform that makes it run left to right.
///
/// Word exports of landscape sections sometimes draw the text rotated on a portrait page;
/// reading it needs the glyph boxes turned back before lines are built.
struct TextOrientation: Equatable {
    /// Clockwise degrees: 0, 90, 180 or 270.
    let degrees: Int

    static let upright = TextOrientation(degrees: 0)

    /// Share of glyph-to-glyph steps that must agree before a page counts as rotated.
    static let requiredAgreement = 0.6
    /// Fewer steps than this are too few to decide on.
    static let minimumSteps = 8

    /// Votes on the direction of each step between neighbouring glyphs in poppler's order.
    static func detect(in glyphs: [PDFGlyph]) -> TextOrientation {
        var votes = [0: 0, 90: 0, 180: 0, 270: 0]
        var previous: PDFGlyph?
        for glyph in glyphs {
            defer { previous = glyph.isWhitespace ? nil : glyph }
            guard let last = previous, !glyph.isWhitespace else { continue }
            let dx = (glyph.box.x0 + glyph.box.x1 - last.box.x0 - last.box.x1) / 2
            let dy = glyph.box.midY - last.box.midY
            let reach = 2 * max(last.box.width, last.box.height, glyph.box.width, glyph.box.height)
            guard abs(dx) + abs(dy) > 0, abs(dx) < reach, abs(dy) < reach else { continue }
            let direction = abs(dx) >= abs(dy) ? (dx > 0 ? 0 : 180) : (dy > 0 ? 90 : 270)
            votes[direction, default: 0] += 1
        }
        let total = votes.values.reduce(0, +)
        guard total >= minimumSteps,
              let (winner, count) = votes.max(by: { $0.value < $1.value }),
              winner != 0, Double(count) >= requiredAgreement * Double(total)
        else { return .upright }
        return TextOrientation(degrees: winner)
    }

    /// The page size once the text is turned upright.
    func size(width: Double, height: Double) -> (width: Double, height: Double) {
        degrees == 90 || degrees == 270 ? (height, width) : (width, height)
    }

    /// The box turned so that text running in this direction runs left to right.
    func upright(_ box: Box, pageWidth: Double, pageHeight: Double) -> Box {
        switch degrees {
        case 90: Box(x0: box.y0, y0: pageWidth - box.x0, x1: box.y1, y1: pageWidth - box.x1)
        case 180: Box(x0: pageWidth - box.x0, y0: pageHeight - box.y0, x1: pageWidth - box.x1, y1: pageHeight - box.y1)
        case 270: Box(x0: pageHeight - box.y0, y0: box.x0, x1: pageHeight - box.y1, y1: box.x1)
        default: box
        }
    }
}
