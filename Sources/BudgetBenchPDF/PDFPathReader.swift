import Foundation
internal import CPDFPaths

/// The same file as a `PDFDocument`, opened a second time through poppler's core API to read
/// the lines its pages draw (poppler-glib does not expose paths); owns its `bb_paths_document`.
///
/// Not thread-safe: it belongs to one `PDFDocument` and is used on that document's thread.
final class PDFPathReader {
    private let handle: OpaquePointer

    /// Opens `path`, which poppler-glib has just opened with the same `password`.
    init(path: String, password: String?) throws(PDFError) {
        // poppler-glib hands poppler the password in Latin-1 when it can be written so.
        let secret: [CChar]? = password.map { password in
            let bytes = password.data(using: .isoLatin1).map(Array.init) ?? Array(password.utf8)
            return bytes.map { CChar(bitPattern: $0) } + [0]
        }
        var code: Int32 = 0
        let opened = secret.map { bb_paths_document_open(path, $0, &code) } ?? bb_paths_document_open(path, nil, &code)
        // The document is ours from here and closed in deinit.
        guard let opened else {
            throw PDFError(file: path, reason: .damaged("poppler could not open it to read its lines (error \(code))"))
        }
        handle = opened
    }

    deinit {
        bb_paths_document_close(handle)
    }

    /// The straight horizontal and vertical lines drawn on the page with the 0-based `index`.
    func segments(pageIndex index: Int) -> [bb_segment] {
        var segments: UnsafeMutablePointer<bb_segment>?
        var count = 0
        // The index comes from a page `PDFDocument.page(_:)` opened, so it fits in a C int.
        guard let page = Int32(exactly: index), bb_paths_page_segments(handle, page, &segments, &count) == 0 else {
            preconditionFailure("page \(index + 1) of an open document has no paths to read (or no memory for them)")
        }
        // The array is allocated for us and freed with bb_paths_segments_free.
        defer { bb_paths_segments_free(segments) }
        return segments.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
    }
}
