import BudgetBenchNormalize
import BudgetBenchSegment

/// What the database keeps of a parsed report: the model, the segmentation, and the page
/// count and warnings of its extraction. It is what a worker process sends back (as JSON), so
/// the parent never holds poppler objects or the pages' words.
public struct StorableReport: Sendable, Codable {
    public var model: ReportModel
    public var segmented: SegmentedDocument
    public var pageCount: Int
    public var warnings: [String]
    /// False when no page has a text layer (a scanned report): nothing worth storing.
    public var hasText: Bool

    public init(_ report: ParsedReport) {
        model = report.model
        segmented = report.segmented
        pageCount = report.document.pageCount
        warnings = report.document.warnings
        hasText = report.document.pages.contains(where: \.hasTextLayer)
    }
}
