internal import CPoppler
import Foundation

/// A page rendered to pixels with marks drawn over it, for looking at what the reader found
/// (`extract --debug`). Owns its cairo surface and context and destroys them in deinit.
///
/// Not thread-safe: it draws with the page's poppler objects, which belong to one thread.
public final class PageImage {
    /// A colour with its opacity, each 0…1.
    public struct Colour: Sendable {
        public var red: Double, green: Double, blue: Double, alpha: Double

        public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
            (self.red, self.green, self.blue, self.alpha) = (red, green, blue, alpha)
        }
    }

    private let surface: OpaquePointer
    private let context: OpaquePointer
    /// Pixels per point.
    public let scale: Double

    /// The longest side of an image, in pixels: a poster-sized page is drawn smaller instead of
    /// taking gigabytes.
    public static let maximumSide = 8000.0

    /// Renders `page` at `scale` pixels per point on white (less where the page is huge).
    public init(page: PDFPage, scale: Double) throws(PDFError) {
        self.scale = min(scale, Self.maximumSide / max(page.width, page.height, 1))
        let width = Int32((page.width * self.scale).rounded(.up)), height = Int32((page.height * self.scale).rounded(.up))
        // cairo hands back an error object rather than nil; each is destroyed on every path.
        let surface: OpaquePointer = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height)
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw PDFError(file: "image", page: page.number, reason: .imageFailed("no memory for \(width) × \(height) pixels"))
        }
        let context: OpaquePointer = cairo_create(surface)
        guard cairo_status(context) == CAIRO_STATUS_SUCCESS else {
            cairo_destroy(context)
            cairo_surface_destroy(surface)
            throw PDFError(file: "image", page: page.number, reason: .imageFailed("cairo cannot draw on it"))
        }
        self.surface = surface
        self.context = context
        cairo_set_source_rgb(context, 1, 1, 1)
        cairo_paint(context)
        cairo_scale(context, self.scale, self.scale)
        poppler_page_render(page.handle, context)
    }

    deinit {
        cairo_destroy(context)
        cairo_surface_destroy(surface)
    }

    /// The outline of `box` (in the page's points), `width` points wide; filled too when `fill` is given.
    public func outline(_ box: Box, colour: Colour, width: Double = 1, fill: Colour? = nil) {
        cairo_rectangle(context, box.x0, box.y0, box.width, box.height)
        if let fill {
            set(fill)
            cairo_fill_preserve(context)
        }
        set(colour)
        cairo_set_line_width(context, width)
        cairo_stroke(context)
    }

    /// A straight line between two points of the page.
    public func line(from start: (x: Double, y: Double), to end: (x: Double, y: Double), colour: Colour, width: Double = 1) {
        cairo_move_to(context, start.x, start.y)
        cairo_line_to(context, end.x, end.y)
        set(colour)
        cairo_set_line_width(context, width)
        cairo_stroke(context)
    }

    /// `text` with its baseline at a point of the page, `size` points high, on a pale backing so
    /// it reads over the page's own print.
    public func label(_ text: String, at point: (x: Double, y: Double), size: Double = 6, colour: Colour) {
        cairo_select_font_face(context, "Noto Sans CJK SC", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD)
        cairo_set_font_size(context, size)
        var extents = cairo_text_extents_t()
        cairo_text_extents(context, text, &extents)
        cairo_rectangle(context, point.x - 0.5, point.y - size, extents.x_advance + 1, size * 1.25)
        cairo_set_source_rgba(context, 1, 1, 1, 0.8)
        cairo_fill(context)
        set(colour)
        cairo_move_to(context, point.x, point.y)
        cairo_show_text(context, text)
    }

    /// Writes the image as a PNG file.
    public func writePNG(to path: String) throws(PDFError) {
        cairo_surface_flush(surface)
        let status = cairo_surface_write_to_png(surface, path)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw PDFError(file: path, reason: .imageFailed(String(cString: cairo_status_to_string(status))))
        }
    }

    private func set(_ colour: Colour) {
        cairo_set_source_rgba(context, colour.red, colour.green, colour.blue, colour.alpha)
    }
}
