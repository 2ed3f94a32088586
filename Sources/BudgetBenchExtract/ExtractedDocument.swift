import BudgetBenchPDF
import Foundation

/// The pages read from one PDF file.
public struct ExtractedDocument: Sendable, Encodable {
    /// The path as the user gave it.
    public var file: String
    public var pageCount: Int
    public var pages: [PageText]
    /// Pages left out, each with the reason: poppler could not load it, or its text has no
    /// Unicode mapping (it would be stored as garbage).
    public var skippedPages: [SkippedPage]
    /// Poppler's own complaints while reading (font and syntax problems): how many, and the
    /// first few distinct ones, reported as one warning instead of printed line by line.
    public var popplerMessages: (count: Int, examples: [String]) = (0, [])

    /// A page that was not read, and why.
    public struct SkippedPage: Sendable, Equatable {
        public var number: Int
        public var reason: String
    }

    public init(file: String, pageCount: Int, pages: [PageText], skippedPages: [SkippedPage] = []) {
        self.file = file
        self.pageCount = pageCount
        self.pages = pages
        self.skippedPages = skippedPages
    }

    /// One message per page that has no text to read, naming file and page.
    public var warnings: [String] {
        let skipped = Set(skippedPages.map(\.number))
        let empty = pages.filter { !$0.hasTextLayer && !skipped.contains($0.number) }.map {
            "\(file): page \($0.number): no text layer (a scanned image?); nothing extracted"
        }
        let poppler = popplerMessages.count == 0 ? [] : [
            "\(file): poppler reported \(popplerMessages.count) problem\(popplerMessages.count == 1 ? "" : "s") while reading, e.g. "
                + popplerMessages.examples.map { "“\($0)”" }.joined(separator: ", "),
        ]
        return empty + skippedPages.map { "\(file): page \($0.number): \($0.reason)" } + poppler
    }

    /// Pages a thread takes at least before a document is read by several.
    static let pagesPerThread = 8

    /// Reads the selected pages of the PDF at `path`; with `threads` above 1, a long document's
    /// pages are read by that many threads, each with its own open document (poppler documents
    /// are not shared between threads).
    public static func read(
        path: String,
        password: String? = nil,
        pages selection: PageSelection = .all,
        rulings: Bool = false,
        threads: Int = 1,
        extractor: PageExtractor = PageExtractor()
    ) throws(PDFError) -> ExtractedDocument {
        var read = try readPages(path: path, password: password, pages: selection, rulings: rulings, threads: threads, extractor: extractor)
        read.popplerMessages = PopplerMessages.collected()
        return read
    }

    private static func readPages(
        path: String, password: String?, pages selection: PageSelection, rulings: Bool, threads: Int, extractor: PageExtractor
    ) throws(PDFError) -> ExtractedDocument {
        let document = try PDFDocument(path: path, password: password)
        // After the open: the first document of a process installs poppler-glib's own callback.
        PopplerMessages.start()
        let numbers = try selection.pageNumbers(pageCount: document.pageCount, file: path)
        let count = max(1, min(threads, numbers.count / pagesPerThread))
        guard count > 1 else {
            let (pages, skipped) = read(numbers, of: document, rulings: rulings, extractor: extractor)
            return ExtractedDocument(file: path, pageCount: document.pageCount, pages: pages, skippedPages: skipped)
        }
        // Every count-th page to each thread: a report's heavy pages (its tables) come in runs, so
        // halves in a row would leave one thread with most of the work.
        let chunks = (0..<count).map { first in stride(from: first, to: numbers.count, by: count).map { numbers[$0] } }
        // Each thread opens its own document: a poppler document is used by one thread only.
        let read = try chunks.concurrentMap { chunk throws(PDFError) in
            Self.read(chunk, of: try PDFDocument(path: path, password: password), rulings: rulings, extractor: extractor)
        }
        let pages = read.flatMap(\.pages)
        let skipped = read.flatMap(\.skipped)
        return ExtractedDocument(file: path, pageCount: document.pageCount, pages: pages.sorted { $0.number < $1.number },
                                 skippedPages: skipped.sorted { $0.number < $1.number })
    }

    private static func read(_ numbers: [Int], of document: PDFDocument, rulings: Bool,
                             extractor: PageExtractor) -> (pages: [PageText], skipped: [SkippedPage]) {
        var pages: [PageText] = []
        pages.reserveCapacity(numbers.count)
        var skipped: [SkippedPage] = []
        for number in numbers {
            do throws(PDFError) {
                var page = extractor.extract(try document.page(number), rulings: rulings)
                if !page.lines.isEmpty, !UnicodeMapping.isUsable(page.lines) {
                    skipped.append(SkippedPage(number: number, reason: "text has no Unicode mapping; nothing extracted"))
                    page.lines = []
                }
                pages.append(page)
            } catch {
                // `page(_:)` of a number from the selection fails only for a page poppler cannot load.
                skipped.append(SkippedPage(number: number, reason: error.reason.message))
                pages.append(PageText(number: number, width: 0, height: 0, rotation: 0, lines: []))
            }
        }
        return (pages, skipped)
    }

    private enum CodingKeys: String, CodingKey {
        case file, pageCount, warnings, pages
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(pageCount, forKey: .pageCount)
        try container.encode(warnings, forKey: .warnings)
        try container.encode(pages, forKey: .pages)
    }
}
