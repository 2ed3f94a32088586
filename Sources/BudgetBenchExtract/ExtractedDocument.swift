import BudgetBenchPDF

/// The pages read from one PDF file.
public struct ExtractedDocument: Sendable, Encodable {
    /// The path as the user gave it.
    public var file: String
    public var pageCount: Int
    public var pages: [PageText]

    public init(file: String, pageCount: Int, pages: [PageText]) {
        self.file = file
        self.pageCount = pageCount
        self.pages = pages
    }

    /// One message per page that has no text to read, naming file and page.
    public var warnings: [String] {
        pages.filter { !$0.hasTextLayer }.map {
            "\(file): page \($0.number): no text layer (a scanned image?); nothing extracted"
        }
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
        for number in numbers {
            pages.append(extractor.extract(try document.page(number), rulings: rulings))
        }
        return ExtractedDocument(file: path, pageCount: document.pageCount, pages: pages)
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
