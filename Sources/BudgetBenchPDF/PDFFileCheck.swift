import Foundation

/// Cheap checks on the bytes of a file before poppler sees it.
///
/// Poppler silently repairs many broken files; these checks make the common kinds of bad
/// input (empty, not a PDF, cut off in transfer) fail with a reason a user recognises.
enum PDFFileCheck {
    /// How far into the file the `%PDF-` header may start (the PDF specification allows junk before it).
    static let headerWindow = 1024
    /// How far from the end the `%%EOF` marker may stand (writers append newlines or padding).
    static let trailerWindow = 2048

    static func validate(path: String) throws(PDFError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw PDFError(file: path, reason: .missingFile)
        }
        guard !isDirectory.boolValue, let handle = FileHandle(forReadingAtPath: path) else {
            throw PDFError(file: path, reason: .notAFile)
        }
        defer { try? handle.close() }
        let size = (try? handle.seekToEnd()) ?? 0
        guard size > 0 else { throw PDFError(file: path, reason: .emptyFile) }

        try? handle.seek(toOffset: 0)
        let head = (try? handle.read(upToCount: headerWindow)) ?? Data()
        guard head.range(of: Data("%PDF-".utf8)) != nil else {
            throw PDFError(file: path, reason: .notPDF)
        }
        try? handle.seek(toOffset: size > UInt64(trailerWindow) ? size - UInt64(trailerWindow) : 0)
        let tail = (try? handle.readToEnd()) ?? Data()
        guard tail.range(of: Data("%%EOF".utf8)) != nil else {
            throw PDFError(file: path, reason: .truncated)
        }
    }
}
