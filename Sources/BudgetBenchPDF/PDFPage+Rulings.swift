internal import CPoppler

extension PDFPage {
    /// Pixels per point when rendering for rulings: enough to see a 0.25pt line.
    public static let rulingScale = 2.0
    /// A dark run shorter than this (points) is text, not a border.
    public static let minimumRulingLength = 18.0

    /// The horizontal and vertical lines drawn on the page, found by rendering it and looking
    /// for long runs of dark pixels (borders, gridlines, underlines).
    public func rulings() -> [Ruling] {
        let scale = Self.rulingScale
        let columns = Int((width * scale).rounded(.up))
        let rows = Int((height * scale).rounded(.up))
        guard columns > 0, rows > 0, let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(columns), Int32(rows)) else {
            return []
        }
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
        for y in 0..<rows {
            var x = 0
            while x < columns {
                guard dark(x, y) else { x += 1; continue }
                let start = x
                while x < columns, dark(x, y) { x += 1 }
                if x - start >= minimum {
                    found.append(Ruling(box: Box(x0: Double(start) / scale, y0: Double(y) / scale, x1: Double(x) / scale, y1: Double(y + 1) / scale), isHorizontal: true))
                }
            }
        }
        for x in 0..<columns {
            var y = 0
            while y < rows {
                guard dark(x, y) else { y += 1; continue }
                let start = y
                while y < rows, dark(x, y) { y += 1 }
                if y - start >= minimum {
                    found.append(Ruling(box: Box(x0: Double(x) / scale, y0: Double(start) / scale, x1: Double(x + 1) / scale, y1: Double(y) / scale), isHorizontal: false))
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
