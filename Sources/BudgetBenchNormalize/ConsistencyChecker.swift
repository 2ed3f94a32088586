import Foundation

/// Checks the identities every budget carries by construction on the amounts of each table:
/// 类 = Σ款, 款 = Σ项 in every column, and total = basic + project on every row.
public struct ConsistencyChecker: Sendable {
    public init() {}

    /// One finding per parent row whose children, printed in the same table and column, do not
    /// add up; differences within the rounding of the printed digits are marked as such.
    public func findings(_ amounts: [Amount]) -> [Finding] {
        var findings: [Finding] = []
        let columns = Dictionary(grouping: amounts) { "\($0.table)|\($0.measure)|\($0.scheme.rawValue)" }
        for key in columns.keys.sorted() {
            let column = columns[key]!
            // A code printed twice in one column starts a new section of the table (基本 / 项目).
            for section in Self.sections(column) {
                let values = Dictionary(section.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
                for parent in section where parent.code.count < 7 {
                    let children = section.filter { $0.code.count == parent.code.count + 2 && $0.code.hasPrefix(parent.code) }
                    guard !children.isEmpty, values[parent.code] != nil else { continue }
                    let sum = children.reduce(Decimal(0)) { $0 + $1.value }
                    let rounding = children.reduce(parent.resolution) { $0 + $1.resolution } / 2
                    if let finding = Finding.comparing(.parentNotSumOfChildren, printed: parent.value, sum: sum, tolerance: rounding,
                                                       parts: "its children", table: parent.table, page: parent.page,
                                                       code: parent.code, measure: parent.measure) {
                        findings.append(finding)
                    }
                }
            }
        }
        findings += rowFindings(amounts)
        return findings.sorted { ($0.table, $0.page, $0.code, $0.measure) < ($1.table, $1.page, $1.code, $1.measure) }
    }

    /// total = basic + project on every row that prints all three.
    private func rowFindings(_ amounts: [Amount]) -> [Finding] {
        let rows = Dictionary(grouping: amounts) { "\($0.table)|\($0.page)|\($0.code)" }
        return rows.keys.sorted().compactMap { key in
            let row = rows[key]!
            guard let total = row.first(where: { $0.measure == "total" }), let basic = row.first(where: { $0.measure == "basic" }),
                  let project = row.first(where: { $0.measure == "project" }) else { return nil }
            return Finding.comparing(.totalNotBasicPlusProject, printed: total.value, sum: basic.value + project.value,
                                     tolerance: (total.resolution + basic.resolution + project.resolution) / 2,
                                     parts: "basic plus project", table: total.table, page: total.page, code: total.code, measure: "total")
        }
    }

    static func sections(_ column: [Amount]) -> [[Amount]] {
        var sections: [[Amount]] = [[]]
        var seen = Set<String>()
        for amount in column {
            if seen.contains(amount.code) {
                sections.append([])
                seen.removeAll()
            }
            seen.insert(amount.code)
            sections[sections.count - 1].append(amount)
        }
        return sections
    }
}
