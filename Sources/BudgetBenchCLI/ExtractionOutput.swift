import BudgetBenchExtract
import BudgetBenchNormalize
import BudgetBenchSegment

/// The JSON of `extract --format json`: the pages with their words, and what the segmenter found.
struct ExtractionOutput: Encodable {
    let document: ExtractedDocument
    let segmented: SegmentedDocument
    let model: ReportModel

    private enum CodingKeys: String, CodingKey {
        case modelVersion, file, pageCount, warnings, report, amounts, indicators, findings, facts, pages, contents, sections, tables
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ReportModel.version, forKey: .modelVersion)
        try container.encode(document.file, forKey: .file)
        try container.encode(document.pageCount, forKey: .pageCount)
        try container.encode(document.warnings, forKey: .warnings)
        try container.encode(model.report, forKey: .report)
        try container.encode(model.amounts, forKey: .amounts)
        try container.encode(model.indicators, forKey: .indicators)
        try container.encode(model.findings, forKey: .findings)
        try container.encode(model.facts, forKey: .facts)
        try container.encode(document.pages, forKey: .pages)
        try container.encode(segmented.contents, forKey: .contents)
        try container.encode(segmented.sections, forKey: .sections)
        try container.encode(segmented.tables, forKey: .tables)
    }
}
