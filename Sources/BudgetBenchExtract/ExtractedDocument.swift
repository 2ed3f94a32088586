import BudgetBenchPDF

/// The pages read from one PDF file.
public struct ExtractedDocument: Sendable, Encodable {
    /// The path as the user gave it.
    public var file: String
    public var pageCount: Int
    public var pages: [PageText]
    /// Pages left out, each with the reason: poppler could not load it, or its text has no
    /// Unicode mapping (it would be stored as garbage).
    public var skippedPages: [SkippedPage]
    /// Pages read, but not fully: too large to render for rulings, say.
    public var pageNotes: [SkippedPage]

    /// A page that was not read, and why.
    public struct SkippedPage: Sendable, Equatable {
        public var number: Int
        public var reason: String
    }

    public init(file: String, pageCount: Int, pages: [PageText], skippedPages: [SkippedPage] = [], pageNotes: [SkippedPage] = []) {
        self.file = file
        self.pageCount = pageCount
        self.pages = pages
        self.skippedPages = skippedPages
        self.pageNotes = pageNotes
    }

    /// One message per page that has no text to read, naming file and page.
    public var warnings: [String] {
        let skipped = Set(skippedPages.map(\.number))
        let empty = pages.filter { !$0.hasTextLayer && !skipped.contains($0.number) }.map {
            "\(file): page \($0.number): no text layer (a scanned image?); nothing extracted"
        }
        return empty + (skippedPages + pageNotes).map { "\(file): page \($0.number): \($0.reason)" }
    }

    /// Reads the selected pages of the PDF at `path`.
    public static func read(
        path: String,
        password: String? = nil,
        pages selection: PageSelection = .all,
        rulings: Bool = false,
        extractor: PageExtractor = PageExtractor()
    ) throws(PDFError) -> ExtractedDocument {
        let document = try PDFDocument(path: path, password: password)
        let numbers = try selection.pageNumbers(pageCount: document.pageCount, file: path)
        var pages: [PageText] = []
        pages.reserveCapacity(numbers.count)
        var skipped: [SkippedPage] = []
        var notes: [SkippedPage] = []
        for number in numbers {
            do throws(PDFError) {
                let pdfPage = try document.page(number)
                if rulings, !pdfPage.isRenderableForRulings {
                    notes.append(SkippedPage(number: number, reason: """
                        page too large to look for table borders (\(pdfPage.width.hundredths) × \(pdfPage.height.hundredths) pt); \
                        text read without rulings
                        """))
                }
                var page = extractor.extract(pdfPage, rulings: rulings)
                if !page.lines.isEmpty, !UnicodeMapping.isUsable(page.lines) {
                    skipped.append(SkippedPage(number: number, reason: "text has no Unicode mapping; nothing extracted"))
                    page.lines = []
                }
                pages.append(page)
            } catch where error.reason == .pageUnreadable {
                skipped.append(SkippedPage(number: number, reason: error.reason.message))
                pages.append(PageText(number: number, width: 0, height: 0, rotation: 0, lines: []))
            }
        }
        return ExtractedDocument(file: path, pageCount: document.pageCount, pages: pages, skippedPages: skipped, pageNotes: notes)
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
