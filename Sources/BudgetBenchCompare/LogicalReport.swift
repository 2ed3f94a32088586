import BudgetBenchNormalize
import BudgetBenchStore

/// One report as its publisher means it: the files of one unit, year, kind and scope (a
/// narrative file and a tables file are one report), each figure keeping its own file and page.
public struct LogicalReport: Sendable {
    public struct Key: Sendable, Hashable, Comparable, CustomStringConvertible {
        public var unit: String
        public var year: Int?
        public var kind: ReportIdentity.Kind?
        public var scope: ReportIdentity.Scope?

        public var description: String {
            [unit, year.map(String.init) ?? "?", scope?.rawValue ?? "?", kind?.rawValue ?? "?"].joined(separator: "/")
        }

        public static func < (lhs: Key, rhs: Key) -> Bool { lhs.description < rhs.description }
    }

    public var key: Key
    /// Tables files first: the figures of a report's tables are read from the file that prints most.
    public var reports: [StoredReport]

    /// What puts files into one report: the user's named group, or the same unit, year, kind and scope.
    private enum Bucket: Hashable {
        case chosen(String)
        case natural(Key)
    }

    /// The reports grouped: by a user's grouping where stored, else by unit, year, kind and scope;
    /// a report without a year or kind stands alone. A user's group is keyed by its tables file.
    public static func grouping(_ reports: [StoredReport], unit: (StoredReport) -> String,
                                chosen: [String: String] = [:]) -> [LogicalReport] {
        func natural(_ report: StoredReport) -> Key {
            Key(unit: unit(report), year: report.identity.year, kind: report.identity.kind, scope: report.identity.scope)
        }
        let groups = Dictionary(grouping: reports) { report -> Bucket in
            if let group = chosen[report.provenance.path] {
                return .chosen(group)
            }
            var key = natural(report)
            if key.year == nil || key.kind == nil {
                key.unit += "#" + report.provenance.path
            }
            return .natural(key)
        }
        return groups.map { bucket, reports in
            let files = reports.sorted { ($0.amounts.count, -$0.id) > ($1.amounts.count, -$1.id) }
            let key = switch bucket {
            case .natural(let key): key
            case .chosen: natural(files[0])
            }
            return LogicalReport(key: key, reports: files)
        }.sorted { $0.key < $1.key }
    }

    /// The KPI values this report supplies (docs/kpis.md), by KPI id.
    public var kpiValues: [String: KPIValue] { ReportFigures(self).values }

    public var year: Int? { key.year }
    public var kind: ReportIdentity.Kind? { key.kind }
    /// The file whose tables the report's amounts come from.
    public var tablesFile: StoredReport { reports[0] }
}
