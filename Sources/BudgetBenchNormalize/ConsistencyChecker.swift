import Foundation

/// Checks the identities every budget carries by construction on the amounts of each table:
/// 类 = Σ款, 款 = Σ项 in every column; total = basic + project and basic = personnel + public on
/// every row.
struct ConsistencyChecker: Sendable {
    let amounts: [Amount]

    /// Indices of each column of each table: one table, measure, basis and flow.
    var columns: [[Int]] {
        // Grouping keeps each column's indices in reading order.
        Dictionary(grouping: amounts.indices) { amounts[$0].columnKey }.sorted { $0.key < $1.key }.map(\.value)
    }

    func checks(columns: [[Int]]) -> [IdentityCheck] {
        parentChecks(columns) + rowChecks()
    }

    private func parentChecks(_ columns: [[Int]]) -> [IdentityCheck] {
        var checks: [IdentityCheck] = []
        for column in columns {
            // A code printed twice in one column starts a new section of the table (基本 / 项目).
            for section in Self.sections(column, of: amounts) {
                let coded = section.filter { !amounts[$0].isTotal }
                let present = Set(coded.map { amounts[$0].code })
                for parent in coded where amounts[parent].code.count < 7 {
                    let code = amounts[parent].code
                    let children = coded.filter { amounts[$0].code.count == code.count + 2 && amounts[$0].code.hasPrefix(code) }
                    guard !children.isEmpty, present.contains(code) else { continue }
                    let sum = children.reduce(Decimal(0)) { $0 + amounts[$1].value }
                    let rounding = children.reduce(amounts[parent].resolution) { $0 + amounts[$1].resolution } / 2
                    let row = amounts[parent]
                    checks.append(IdentityCheck(kind: .parentIsSumOfChildren, members: [parent] + children,
                                                finding: Finding.comparing(.parentNotSumOfChildren, printed: row.value, sum: sum, tolerance: rounding,
                                                                           parts: "its children", table: row.table, page: row.page,
                                                                           code: row.code, measure: row.measure)))
                }
            }
        }
        return checks
    }

    /// total = basic + project on every row that prints all three; basic = personnel + public
    /// where a row prints both parts (in a 基本支出 table the row's total is its basic).
    private func rowChecks() -> [IdentityCheck] {
        let rows = Dictionary(grouping: amounts.indices) { "\(amounts[$0].table)|\(amounts[$0].page)|\(amounts[$0].code)|\(amounts[$0].basis.rawValue)" }
        // Whether a table has a 项目支出 column at all: a row whose project cell is blank (no
        // amount in a 预算 table) still has project money outside its personnel + public.
        let withProject = Set(amounts.filter { $0.measure == "project" }.map(\.table))
        var checks: [IdentityCheck] = []
        for key in rows.keys.sorted() {
            let row = rows[key]!
            func cell(_ measure: String) -> Int? { row.first { amounts[$0].measure == measure } }
            if let total = cell("total"), let basic = cell("basic"), let project = cell("project") {
                checks.append(sum(.totalIsBasicPlusProject, finding: .totalNotBasicPlusProject, whole: total, parts: [basic, project],
                                  named: "basic plus project"))
            }
            if let personnel = cell("personnel"), let publicPart = cell("public"),
               let whole = cell("basic") ?? (withProject.contains(amounts[personnel].table) ? nil : cell("total")) {
                checks.append(sum(.basicIsPersonnelPlusPublic, finding: .basicNotPersonnelPlusPublic, whole: whole,
                                  parts: [personnel, publicPart], named: "personnel plus public"))
            }
        }
        return checks
    }

    private func sum(_ kind: IdentityResult.Kind, finding: Finding.Kind, whole: Int, parts: [Int], named: String) -> IdentityCheck {
        let total = amounts[whole]
        let sum = parts.reduce(Decimal(0)) { $0 + amounts[$1].value }
        let tolerance = parts.reduce(total.resolution) { $0 + amounts[$1].resolution } / 2
        return IdentityCheck(kind: kind, members: [whole] + parts,
                             finding: Finding.comparing(finding, printed: total.value, sum: sum, tolerance: tolerance, parts: named,
                                                        table: total.table, page: total.page, code: total.code, measure: total.measure))
    }

    /// A column split where a code repeats: each part is one section of the table.
    static func sections(_ column: [Int], of amounts: [Amount]) -> [[Int]] {
        var sections: [[Int]] = [[]]
        var seen = Set<String>()
        for index in column {
            let code = amounts[index].code
            if seen.contains(code) {
                sections.append([])
                seen.removeAll()
            }
            seen.insert(code)
            sections[sections.count - 1].append(index)
        }
        return sections
    }
}

extension Amount {
    /// One column of one table.
    var columnKey: String { "\(table)|\(measure)|\(scheme.rawValue)|\(basis.rawValue)|\(flow.rawValue)" }
}
