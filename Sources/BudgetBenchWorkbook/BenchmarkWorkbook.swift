import BudgetBenchCompare
import BudgetBenchNormalize
import BudgetBenchStore
import BudgetBenchXLSX
import Foundation

/// The workbook a finance bureau takes into a meeting: the comparison and the figures behind it.
public struct BenchmarkWorkbook {
    let comparison: Comparison
    let language: Language
    /// The reports of the compared centers, by id.
    let reports: [Int64: StoredReport]

    public init(comparison: Comparison, language: Language) {
        self.comparison = comparison
        self.language = language
        reports = Dictionary(uniqueKeysWithValues: comparison.centers.flatMap(\.reports).map { ($0.id, $0) })
    }

    /// Writes the workbook through a temporary file beside `path`, so a failure never leaves half
    /// a workbook or destroys the previous one.
    public func write(to path: String) throws {
        let target = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        let temporary = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).partial.xlsx")
        let workbook = try Workbook(path: temporary.path)
        try workbook.setProperties(title: language == .zh ? "同业对标" : "Peer benchmark",
                                   subject: comparison.centers.map(\.name).joined(separator: ", "),
                                   author: "BudgetBench",
                                   comments: "Created by BudgetBench from \(reports.count) reports")
        let layout = try OverviewSheet(comparison: comparison, language: language).write(into: workbook)
        try ChartsSheet(layout: layout, comparison: comparison, language: language).write(into: workbook)
        for scheme in [Amount.Scheme.function, .economic] {
            try ClassificationSheet(scheme: scheme, comparison: comparison, reports: reports, language: language).write(into: workbook)
        }
        let lists = WorkbookLists(comparison: comparison, reports: reports)
        for sheet in [lists.sangong, lists.indicators, lists.scores, lists.projects, lists.sources, lists.checks] {
            try RecordSheet(name: sheet.name, headings: sheet.headings, records: sheet.records, language: language).write(into: workbook)
        }
        try workbook.close()
        // rename(2) replaces the old workbook in one step.
        guard rename(temporary.path, target.path) == 0 else {
            throw WorkbookError(file: path, reason: String(cString: strerror(errno)))
        }
    }
}
