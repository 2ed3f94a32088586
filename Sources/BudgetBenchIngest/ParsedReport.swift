import BudgetBenchExtract
import BudgetBenchNormalize
import BudgetBenchPDF
import BudgetBenchSegment

/// One PDF read through the whole pipeline: pages, segmentation and the common model.
public struct ParsedReport: Sendable {
    /// Changes whenever extraction, segmentation or normalization would store different rows,
    /// so files ingested by an older parser are read again.
    public static let parserVersion = "0.6.0+model\(ReportModel.version)"

    public var document: ExtractedDocument
    public var segmented: SegmentedDocument
    public var model: ReportModel

    /// Reads the PDF at `path`; every failure names the file (and page where known).
    public static func read(path: String, password: String? = nil, centers: CenterCatalog) throws(PDFError) -> ParsedReport {
        let document = try ExtractedDocument.read(path: path, password: password, rulings: true)
        let segmented = Segmenter().segment(document.pages)
        let model = ReportModel(pages: document.pages, sections: segmented.sections, tables: segmented.tables, centers: centers)
        return ParsedReport(document: document, segmented: segmented, model: model)
    }
}
