internal import CPoppler

extension PDFPage {
    /// Pixels per point when rendering for rulings: enough to see a 0.25pt line.
    public static let rulingScale = 2.0
    /// A dark run shorter than this (points) is text, not a border.
    public static let minimumRulingLength = 18.0
    /// The most pixels a page is rendered with (256 MB of RGB24): an A0 sheet at `rulingScale`
    /// needs 32 million. A larger page (a 14400 pt square needs 3.3 GB, a 1e10 pt MediaBox more
    /// pixels than cairo's 32-bit sizes hold) is read for text only.
    public static let maximumRenderPixels = 64 << 20

    /// False when the page is too large (or its size not a finite positive number) to render
    /// for rulings within `maximumRenderPixels`.
    public var isRenderableForRulings: Bool { renderSize != nil }

    /// Pixel columns and rows of the rendering at `rulingScale`, nil past the limit. Checked in
    /// `Double` first, so an absurd size never reaches an integer conversion that would trap.
    private var renderSize: (columns: Int32, rows: Int32)? {
        let columns = (width * Self.rulingScale).rounded(.up)
        let rows = (height * Self.rulingScale).rounded(.up)
        guard columns.isFinite, rows.isFinite, columns >= 1, rows >= 1, columns * rows <= Double(Self.maximumRenderPixels),
              let columnCount = Int32(exactly: columns), let rowCount = Int32(exactly: rows) else { return nil }
        return (columnCount, rowCount)
    }

    /// The horizontal and vertical lines drawn on the page, found by rendering it and looking
    /// for long runs of dark pixels (borders, gridlines, underlines); none for a page that is
    /// not `isRenderableForRulings`.
    public func rulings() -> [Ruling] {
        let scale = Self.rulingScale
        guard let (columnCount, rowCount) = renderSize,
              let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, columnCount, rowCount) else {
            return []
        }
        let (columns, rows) = (Int(columnCount), Int(rowCount))
        // The surface and context are ours; both are destroyed before returning.
        defer { cairo_surface_destroy(surface) }
        guard let context = cairo_create(surface) else { return [] }
        cairo_set_source_rgb(context, 1, 1, 1)
        cairo_paint(context)
        cairo_scale(context, scale, scale)
        poppler_page_render(handle, context)
        cairo_destroy(context)
        cairo_surface_flush(surface)
        guard let data = cairo_image_surface_get_data(surface) else { return [] }
        let stride = Int(cairo_image_surface_get_stride(surface))
        let minimum = Int(Self.minimumRulingLength * scale)
        let dark = { (x: Int, y: Int) -> Bool in
            // RGB24 stores each pixel as 32 bits, blue in the lowest byte on little-endian machines.
            let pixel = data.advanced(by: y * stride + x * 4)
            let luma = (Int(pixel[2]) * 299 + Int(pixel[1]) * 587 + Int(pixel[0]) * 114) / 1000
            return luma < 200
        }
        var found: [Ruling] = []
        // Rows of pixels give horizontal lines, columns of pixels vertical ones.
        for (isHorizontal, lines, length) in [(true, rows, columns), (false, columns, rows)] {
            for line in 0..<lines {
                var position = 0
                while position < length {
                    guard isHorizontal ? dark(position, line) : dark(line, position) else { position += 1; continue }
                    let start = position
                    while position < length, isHorizontal ? dark(position, line) : dark(line, position) { position += 1 }
                    guard position - start >= minimum else { continue }
                    let (along, across) = ((Double(start) / scale, Double(position) / scale), (Double(line) / scale, Double(line + 1) / scale))
                    let box = isHorizontal
                        ? Box(x0: along.0, y0: across.0, x1: along.1, y1: across.1)
                        : Box(x0: across.0, y0: along.0, x1: across.1, y1: along.1)
                    found.append(Ruling(box: box, isHorizontal: isHorizontal))
                }
            }
        }
        return Self.merged(found)
    }

    /// Joins the pixel rows (or columns) of one thick line into one ruling.
    static func merged(_ rulings: [Ruling]) -> [Ruling] {
        var result: [Ruling] = []
        for ruling in rulings.sorted(by: { ($0.isHorizontal ? 0 : 1, $0.position, $0.box.x0 + $0.box.y0) < ($1.isHorizontal ? 0 : 1, $1.position, $1.box.x0 + $1.box.y0) }) {
            if let index = result.lastIndex(where: { $0.isHorizontal == ruling.isHorizontal && abs($0.position - ruling.position) <= 1.5 && overlapsAlong($0, ruling) }) {
                result[index].box = result[index].box.union(ruling.box)
            } else {
                result.append(ruling)
            }
        }
        return result
    }

    private static func overlapsAlong(_ a: Ruling, _ b: Ruling) -> Bool {
        a.isHorizontal
            ? min(a.box.x1, b.box.x1) - max(a.box.x0, b.box.x0) > 0.5 * min(a.box.width, b.box.width)
            : min(a.box.y1, b.box.y1) - max(a.box.y0, b.box.y0) > 0.5 * min(a.box.height, b.box.height)
    }
}
