import BudgetBenchNormalize
import BudgetBenchStore

/// A publishing unit with its reports: one unit identity (a catalog center, else the unit key of
/// its name, after the user's merges), its logical reports, and the files they hold.
public struct PeerCenter: Sendable {
    /// The user's slug, else the catalog slug, else the unit key, else the file name.
    public var key: String
    /// The unit identity after the user's merges, before a slug renames it.
    public var unitKey: String
    public var name: String
    public var region: Center.Region?
    public var logicalReports: [LogicalReport]

    /// Every file of the unit, in storage order.
    public var reports: [StoredReport] { logicalReports.flatMap(\.reports).sorted { $0.id < $1.id } }

    /// The unit identity of a report before the user's choices.
    public static func unitKey(of report: StoredReport) -> String {
        report.identity.center?.slug ?? report.identity.unitKey?.rawValue ?? report.fileName
    }

    /// Groups reports into units and, within each, into logical reports.
    static func grouping(_ reports: [StoredReport], choices: [UnitChoice], groups: [String: String]) -> [PeerCenter] {
        let unit = { (report: StoredReport) in choices.resolved(unitKey(of: report)) }
        let byUnit = Dictionary(grouping: reports, by: unit)
        return byUnit.map { key, reports in
            let choice = choices.choice(for: key)
            let center = reports.compactMap(\.identity.center).first
            // The name the unit's reports print most often (ties: the shorter).
            let printed = Dictionary(grouping: reports.compactMap(\.identity.entity), by: { $0 })
                .max { ($0.value.count, -$0.key.count) < ($1.value.count, -$1.key.count) }?.key
            return PeerCenter(key: choice?.slug ?? key, unitKey: key, name: choice?.name ?? center?.name ?? printed ?? key,
                              region: choice?.region ?? center?.region,
                              logicalReports: LogicalReport.grouping(reports, unit: unit, chosen: groups))
        }.sorted { $0.key < $1.key }
    }

    /// Whether the user's `--centers` entry names this center (slug or part of its name).
    func matches(_ entry: String) -> Bool {
        key == entry || name.contains(entry) || key.contains(entry)
    }
}
