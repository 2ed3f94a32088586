import BudgetBenchCompare
import BudgetBenchNormalize
import BudgetBenchStore
import BudgetBenchXLSX
import Foundation

/// The workbook a finance bureau takes into a meeting: the comparison and the figures behind it.
public struct BenchmarkWorkbook {
    /// A workbook that cannot be written where asked.
    public enum Failure: Error, CustomStringConvertible, Equatable {
        /// The folder of the workbook does not exist; it is never created unasked.
        case missingFolder(String)
        /// `--focus` names no compared unit.
        case unknownFocus(String, known: [String])

        public var description: String {
            switch self {
            case .missingFolder(let folder): "folder \(folder) does not exist: create it first or write the workbook elsewhere"
            case .unknownFocus(let focus, let known): "no compared unit matches '\(focus)'; the units are: \(known.joined(separator: ", "))"
            }
        }
    }

    let comparison: Comparison
    let language: Language
    /// The reports of the compared centers, by id.
    let reports: [Int64: StoredReport]
    /// The bureau's own unit, shown first and measured against the others.
    let focus: PeerCenter?

    /// `focus` is a unit's key or part of its name, as `compare --centers` takes them.
    public init(comparison: Comparison, language: Language, focus: String? = nil) throws {
        self.comparison = comparison
        self.language = language
        reports = Dictionary(uniqueKeysWithValues: comparison.centers.flatMap(\.reports).map { ($0.id, $0) })
        if let focus {
            guard let center = comparison.centers.first(where: { $0.key == focus })
                    ?? comparison.centers.first(where: { $0.name.contains(focus) || $0.key.contains(focus) }) else {
                throw Failure.unknownFocus(focus, known: comparison.centers.map(\.name))
            }
            self.focus = center
        } else {
            self.focus = nil
        }
    }

    /// Units in column order: the focus unit first, then the others as compared.
    var centers: [PeerCenter] {
        guard let focus else { return comparison.centers }
        return [focus] + comparison.centers.filter { $0.key != focus.key }
    }

    /// Writes the workbook through a temporary file beside `path`, so a failure never leaves half
    /// a workbook or destroys the previous one.
    public func write(to path: String) throws {
        let target = URL(fileURLWithPath: path)
        var isFolder: ObjCBool = false
        let folder = target.deletingLastPathComponent()
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw Failure.missingFolder(folder.path)
        }
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).partial.xlsx")
        let workbook = try Workbook(path: temporary.path)
        try workbook.setProperties(title: language == .zh ? "同业对标" : "Peer benchmark",
                                   subject: centers.map(\.name).joined(separator: ", "),
                                   author: "BudgetBench",
                                   comments: language == .zh ? "BudgetBench 依据 \(reports.count) 份报告生成"
                                                             : "Created by BudgetBench from \(reports.count) reports")
        let notes = NotesSheet(comparison: comparison, centers: centers, language: language)
        try OverviewSheet(comparison: comparison, language: language, centers: centers, focus: focus,
                          reportCount: reports.count, notes: notes).write(into: workbook)
        try notes.write(into: workbook)
        try ChartsSheet(comparison: comparison, centers: centers, language: language).write(into: workbook)
        for scheme in [Amount.Scheme.function, .economic] {
            try ClassificationSheet(scheme: scheme, comparison: comparison, centers: centers, reports: reports, language: language).write(into: workbook)
        }
        for profile in ProfileSheet.profiles(of: centers, comparison: comparison, reports: reports, language: language) {
            try profile.write(into: workbook)
        }
        for trend in TrendSheet.trends(of: centers, language: language) {
            try trend.write(into: workbook)
        }
        let lists = WorkbookLists(comparison: comparison, centers: centers, reports: reports, language: language)
        for sheet in [lists.sangong, lists.indicators, lists.scores, lists.projects, lists.sources, lists.checks] {
            try RecordSheet(name: sheet.name.text(language), headings: sheet.headings, records: sheet.records, language: language)
                .write(into: workbook)
        }
        try workbook.close()
        // rename(2) replaces the old workbook in one step.
        guard rename(temporary.path, target.path) == 0 else {
            throw WorkbookError(file: path, reason: String(cString: strerror(errno)))
        }
    }
}
