internal import CPoppler

/// One page of a `PDFDocument`, owning its `PopplerPage`.
public final class PDFPage {
    /// 1-based page number.
    public let number: Int
    /// Width and height in points as the page is displayed (after its /Rotate).
    public let width: Double
    public let height: Double

    let handle: OpaquePointer
    /// The document's path reader, kept alive as long as the page is.
    let paths: PDFPathReader

    /// Takes ownership of the reference `poppler_document_get_page` returned.
    init(handle: OpaquePointer, number: Int, paths: PDFPathReader) {
        self.handle = handle
        self.number = number
        self.paths = paths
        var width = 0.0
        var height = 0.0
        poppler_page_get_size(handle, &width, &height)
        self.width = width
        self.height = height
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(handle))
    }

    /// Every character poppler found on the page in its text order, with box and font.
    ///
    /// Poppler's text, its layout rectangles and its attribute ranges all index the same
    /// sequence of Unicode scalars, which is how the three are zipped together here.
    public func glyphs() -> [PDFGlyph] {
        var rectangles: UnsafeMutablePointer<PopplerRectangle>?
        var count: guint = 0
        guard poppler_page_get_text_layout(handle, &rectangles, &count) != 0, let rectangles else {
            return []
        }
        // The rectangle array is allocated for us and freed with g_free.
        defer { g_free(rectangles) }
        guard let rawText = poppler_page_get_text(handle) else { return [] }
        // The text is a newly allocated UTF-8 string freed with g_free.
        defer { g_free(rawText) }
        let scalars = Array(String(cString: rawText).unicodeScalars)
        let fonts = fontRuns()

        var glyphs: [PDFGlyph] = []
        glyphs.reserveCapacity(min(scalars.count, Int(count)))
        var runIndex = 0
        for index in 0..<min(scalars.count, Int(count)) {
            while runIndex < fonts.count, fonts[runIndex].end < index { runIndex += 1 }
            let font = runIndex < fonts.count && fonts[runIndex].start <= index ? fonts[runIndex] : nil
            let rect = rectangles[index]
            glyphs.append(PDFGlyph(
                text: String(scalars[index]),
                box: Box(x0: rect.x1, y0: rect.y1, x1: rect.x2, y1: rect.y2),
                fontName: font?.name ?? "",
                fontSize: font?.size ?? 0
            ))
        }
        return glyphs
    }

    private struct FontRun {
        var start: Int
        var end: Int
        var name: String
        var size: Double
    }

    /// Font ranges over the page text, in ascending order.
    private func fontRuns() -> [FontRun] {
        guard let list = poppler_page_get_text_attributes(handle) else { return [] }
        // The list and every PopplerTextAttributes in it are ours; one call frees them all.
        defer { poppler_page_free_text_attributes(list) }
        var runs: [FontRun] = []
        var node: UnsafeMutablePointer<GList>? = list
        while let current = node {
            if let data = current.pointee.data {
                let attributes = data.assumingMemoryBound(to: PopplerTextAttributes.self).pointee
                runs.append(FontRun(
                    start: Int(attributes.start_index),
                    end: Int(attributes.end_index),
                    name: attributes.font_name.map { String(cString: $0) } ?? "",
                    size: attributes.font_size
                ))
            }
            node = current.pointee.next
        }
        return runs
    }
}
