import Foundation

/// Cheap checks on the bytes of a file before poppler sees it.
///
/// Poppler silently repairs many broken files; these checks make the common kinds of bad
/// input (empty, not a PDF, cut off in transfer) fail with a reason a user recognises.
public enum PDFFileCheck {
    /// How far into the file the `%PDF-` header may start (the PDF specification allows junk before it).
    static let headerWindow = 1024
    /// How far from the end the `%%EOF` marker may stand (writers append newlines or padding).
    static let trailerWindow = 2048
    /// How much trailing padding (NUL bytes, whitespace) is skipped before the trailer window;
    /// pdftotext reads such files, so we do too.
    static let paddingWindow = 1 << 20

    /// Throws unless `path` names a regular file (after symlinks). Checked before any `open`,
    /// because opening a FIFO for reading waits for a writer forever.
    public static func requireRegularFile(path: String) throws(PDFError) {
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw PDFError(file: path, reason: errno == ENOENT || errno == ENOTDIR ? .missingFile : .unreadable(String(cString: strerror(errno))))
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw PDFError(file: path, reason: .notAFile)
        }
    }

    static func validate(path: String) throws(PDFError) {
        try requireRegularFile(path: path)
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw PDFError(file: path, reason: .unreadable("permission denied"))
        }
        defer { try? handle.close() }
        let size = (try? handle.seekToEnd()) ?? 0
        guard size > 0 else { throw PDFError(file: path, reason: .emptyFile) }

        try? handle.seek(toOffset: 0)
        let head = (try? handle.read(upToCount: headerWindow)) ?? Data()
        guard head.range(of: Data("%PDF-".utf8)) != nil else {
            throw PDFError(file: path, reason: .notPDF)
        }
        let window = UInt64(trailerWindow + paddingWindow)
        try? handle.seek(toOffset: size > window ? size - window : 0)
        let tail = (try? handle.readToEnd()) ?? Data()
        let end = tail.lastIndex { $0 != 0 && !" \t\r\n\u{0C}".utf8.contains($0) }.map { $0 + 1 } ?? tail.startIndex
        let trailer = tail[max(tail.startIndex, end - trailerWindow)..<end]
        guard trailer.range(of: Data("%%EOF".utf8)) != nil else {
            throw PDFError(file: path, reason: .truncated)
        }
    }
}
