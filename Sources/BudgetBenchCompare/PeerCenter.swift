import BudgetBenchNormalize
import BudgetBenchStore

/// A publishing unit with its stored reports: a catalog center, or an unknown entity by name.
public struct PeerCenter: Sendable {
    /// The catalog slug, else the entity's name, else the file name.
    public var key: String
    public var name: String
    public var region: Center.Region?
    public var reports: [StoredReport]

    static func grouping(_ reports: [StoredReport]) -> [PeerCenter] {
        let groups = Dictionary(grouping: reports) { report in
            report.identity.center?.slug ?? report.identity.entity ?? report.fileName
        }
        return groups.map { key, reports in
            let center = reports.compactMap(\.identity.center).first
            return PeerCenter(key: key, name: center?.name ?? reports.compactMap(\.identity.entity).first ?? key,
                              region: center?.region, reports: reports.sorted { $0.id < $1.id })
        }.sorted { $0.key < $1.key }
    }

    /// Whether the user's `--centers` entry names this center (slug or part of its name).
    func matches(_ entry: String) -> Bool {
        key == entry || name.contains(entry) || key.contains(entry)
    }
}
