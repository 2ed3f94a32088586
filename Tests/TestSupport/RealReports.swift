import BudgetBenchIngest
import BudgetBenchNormalize
import BudgetBenchSegment
import Foundation

/// The real reports of ../shared/real, each read through the whole pipeline once per test run
/// and shared by every suite that looks at them.
public enum RealReports {
    public struct Parsed: Sendable {
        public let path: String
        public var name: String { URL(fileURLWithPath: path).lastPathComponent }
        /// The path under ../shared/real, as the hand-labelled truth names it.
        public var relativePath: String { String(path.dropFirst(Repository.realFolder.path.count + 1)) }
        public let segmented: SegmentedDocument
        public let model: ReportModel
    }

    public static let parsed = Task { () throws -> [Parsed] in
        let catalogs = try Catalogs.bundled()
        return try Repository.realReports.map { file in
            let report = try ParsedReport.read(path: file, catalogs: catalogs)
            return Parsed(path: file, segmented: report.segmented, model: report.model)
        }
    }
}
