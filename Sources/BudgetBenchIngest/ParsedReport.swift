import BudgetBenchExtract
import BudgetBenchNormalize
import BudgetBenchPDF
import BudgetBenchSegment

/// One PDF read through the whole pipeline: pages, segmentation and the common model.
public struct ParsedReport: Sendable {
    /// Changes whenever extraction, segmentation or normalization would store different rows,
    /// so files ingested by an older parser are read again.
    public static let parserVersion = "0.9.0+model\(ReportModel.version)"

    public var document: ExtractedDocument
    public var segmented: SegmentedDocument
    public var model: ReportModel

    /// Reads the PDF at `path`; every failure names the file (and page where known).
    public static func read(path: String, password: String? = nil, catalogs: Catalogs) throws(PDFError) -> ParsedReport {
        ParsedReport(document: try ExtractedDocument.read(path: path, password: password, rulings: true), catalogs: catalogs)
    }

    /// Segments and normalizes pages already read (with rulings).
    public init(document: ExtractedDocument, catalogs: Catalogs) {
        self.document = document
        segmented = Segmenter().segment(document.pages)
        model = ReportModel(pages: document.pages, sections: segmented.sections, tables: segmented.tables, catalogs: catalogs)
    }
}
