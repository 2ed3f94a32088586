/// A document that cannot be read, with the file (and page, where known) it concerns.
///
/// Every failure of the PDF layer is converted to this one type, so callers print one
/// line a user can act on instead of a GLib domain and code.
public struct PDFError: Error, Equatable, CustomStringConvertible {
    /// Why a document could not be read.
    public enum Reason: Equatable, Sendable {
        case missingFile
        case notAFile
        case unreadable(String)
        case pageUnreadable
        case emptyFile
        case notPDF
        case truncated
        case encrypted
        case wrongPassword
        case damaged(String)
        case pageOutOfRange(requested: Int, pageCount: Int)
        /// A page's debug image could not be made or written.
        case imageFailed(String)
    }

    /// The path as the user gave it.
    public let file: String
    /// The 1-based page the failure concerns, if any.
    public let page: Int?
    public let reason: Reason

    public init(file: String, page: Int? = nil, reason: Reason) {
        self.file = file
        self.page = page
        self.reason = reason
    }

    public var description: String {
        let location = page.map { "\(file): page \($0)" } ?? file
        return "\(location): \(reason.message)"
    }
}

extension PDFError.Reason {
    /// A short phrase a user can act on.
    public var message: String {
        switch self {
        case .missingFile: "no such file"
        case .notAFile: "not a regular file"
        case .unreadable(let detail): "cannot be read (\(detail))"
        case .pageUnreadable: "poppler cannot read this page; skipped"
        case .emptyFile: "empty file (0 bytes)"
        case .notPDF: "not a PDF (no %PDF- header)"
        case .truncated: "truncated PDF (no %%EOF marker at the end)"
        case .encrypted: "encrypted PDF; it cannot be read without its password"
        case .wrongPassword: "encrypted PDF; the password given is wrong"
        case .damaged(let detail): "damaged PDF (\(detail))"
        case .pageOutOfRange(let requested, let pageCount):
            "page \(requested) requested, but the document has \(pageCount) page\(pageCount == 1 ? "" : "s")"
        case .imageFailed(let detail): "page image not made (\(detail))"
        }
    }
}
