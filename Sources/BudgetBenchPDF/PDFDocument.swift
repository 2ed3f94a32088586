import Foundation
internal import CPoppler

/// An open PDF document, owning its `PopplerDocument`.
///
/// Not thread-safe (poppler documents are not): use one instance per thread.
public final class PDFDocument {
    /// The path as the caller gave it, used in every error.
    public let path: String
    /// Number of pages.
    public let pageCount: Int

    private let handle: OpaquePointer
    private let paths: PDFPathReader

    /// Opens the document at `path`.
    ///
    /// - Throws: `PDFError` when the file is missing, empty, not a PDF, truncated,
    ///   damaged, or encrypted without the right `password`.
    public init(path: String, password: String? = nil) throws(PDFError) {
        try PDFFileCheck.validate(path: path)
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var error: UnsafeMutablePointer<GError>?
        // g_filename_to_uri returns a newly allocated string that we own and free here.
        guard let uri = g_filename_to_uri(absolute, nil, &error) else {
            throw PDFError(file: path, reason: .consuming(error, passwordGiven: false))
        }
        defer { g_free(uri) }
        // The returned document carries one reference, released in deinit.
        guard let document = poppler_document_new_from_file(uri, password, &error) else {
            throw PDFError(file: path, reason: .consuming(error, passwordGiven: password != nil))
        }
        handle = document
        pageCount = Int(poppler_document_get_n_pages(document))
        self.path = path
        do {
            paths = try PDFPathReader(path: absolute, password: password)
        } catch {
            // Not yet fully initialized, so deinit will not run: release the document here.
            g_object_unref(UnsafeMutableRawPointer(document))
            throw error
        }
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(handle))
    }

    /// The page with the given 1-based number.
    ///
    /// - Throws: `pageOutOfRange` for a number past the end, `pageUnreadable` (with the page)
    ///   when poppler cannot load a page the document lists.
    public func page(_ number: Int) throws(PDFError) -> PDFPage {
        guard (1...max(pageCount, 1)).contains(number), pageCount > 0, let index = Int32(exactly: number - 1) else {
            throw PDFError(file: path, reason: .pageOutOfRange(requested: number, pageCount: pageCount))
        }
        guard let page = poppler_document_get_page(handle, index) else {
            throw PDFError(file: path, page: number, reason: .pageUnreadable)
        }
        return PDFPage(handle: page, number: number, paths: paths)
    }
}
