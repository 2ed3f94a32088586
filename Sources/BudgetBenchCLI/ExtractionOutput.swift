import BudgetBenchExtract
import BudgetBenchNormalize
import BudgetBenchSegment
import Foundation

/// The JSON of `extract --format json`: the pages with their words, and what the segmenter found.
struct ExtractionOutput: Sendable {
    let document: ExtractedDocument
    let segmented: SegmentedDocument
    let model: ReportModel

    private enum Key: String, CaseIterable {
        case modelVersion, file, pageCount, warnings, report, amounts, indicators, findings, facts, pages, contents, sections, tables
    }

    /// The pages' member, the largest: encoded page by page on all cores, and by the caller while
    /// the report is still being segmented and normalized.
    static func pages(_ pages: [PageText]) throws -> Data {
        JSONAssembly.array(try pages.concurrentMap { page in try encoded(page) })
    }

    /// The whole object, keys in byte order (for these keys the order `.sortedKeys` gives), with
    /// the pages' member as `pages(_:)` gave it.
    func json(pages: Data) throws -> Data {
        let keys = Key.allCases.sorted { $0.rawValue < $1.rawValue }
        let values = try keys.concurrentMap { key in try value(of: key, pages: pages) }
        return JSONAssembly.object(zip(keys, values).map { (key: $0.rawValue, value: $1) })
    }

    private func value(of key: Key, pages: Data) throws -> Data {
        switch key {
        case .modelVersion: try Self.encoded(ReportModel.version)
        case .file: try Self.encoded(document.file)
        case .pageCount: try Self.encoded(document.pageCount)
        case .warnings: try Self.encoded(document.warnings)
        case .report: try Self.encoded(model.report)
        case .amounts: try Self.encoded(model.amounts)
        case .indicators: try Self.encoded(model.indicators)
        case .findings: try Self.encoded(model.findings)
        case .facts: try Self.encoded(model.facts)
        case .pages: pages
        case .contents: try Self.encoded(segmented.contents)
        case .sections: try Self.encoded(segmented.sections)
        case .tables: try Self.encoded(segmented.tables)
        }
    }

    private static func encoded(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }
}
