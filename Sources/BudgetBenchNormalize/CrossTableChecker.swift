import Foundation

/// Checks between rows and tables: a table's 合计 = Σ 类, and one code printed with the same
/// figure in every table of the same scope.
struct CrossTableChecker: Sendable {
    let amounts: [Amount]

    /// `columns` as `ConsistencyChecker.columns` groups them.
    func checks(columns: [[Int]]) -> [IdentityCheck] {
        let columns = columns.filter { ConsistencyChecker.sections($0, of: amounts).count == 1 }
        return totalChecks(columns) + scopeChecks(columns)
    }

    private func classes(_ column: [Int]) -> [Int] { column.filter { amounts[$0].code.count == 3 && !amounts[$0].isTotal } }

    private func totalChecks(_ columns: [[Int]]) -> [IdentityCheck] {
        columns.compactMap { column in
            let totals = column.filter { amounts[$0].isTotal }
            let classes = classes(column)
            guard totals.count == 1, let index = totals.first, !classes.isEmpty else { return nil }
            let total = amounts[index]
            let sum = classes.reduce(Decimal(0)) { $0 + amounts[$1].value }
            let tolerance = classes.reduce(total.resolution) { $0 + amounts[$1].resolution } / 2
            return IdentityCheck(kind: .totalIsSumOfClasses, members: [index] + classes,
                                 finding: Finding.comparing(.totalNotSumOfClasses, printed: total.value, sum: sum, tolerance: tolerance,
                                                            parts: "its 类 rows", table: total.table, page: total.page,
                                                            code: "", measure: total.measure))
        }
    }

    /// Tables whose 类 add up to the same total in a column cover the same money, so each code
    /// they share must carry the same figure; the first such table is the reference.
    private func scopeChecks(_ columns: [[Int]]) -> [IdentityCheck] {
        let scoped = columns.filter { !classes($0).isEmpty }
        let scopes = Dictionary(grouping: scoped) { column in
            let first = amounts[column[0]]
            let total = classes(column).reduce(Decimal(0)) { $0 + amounts[$1].value }
            return "\(first.scheme.rawValue)|\(first.measure)|\(first.basis.rawValue)|\(first.flow.rawValue)|\(total)"
        }
        var checks: [IdentityCheck] = []
        for key in scopes.keys.sorted() {
            let tables = scopes[key]!.sorted { amounts[$0[0]].table < amounts[$1[0]].table }
            guard let reference = tables.first else { continue }
            let values = Dictionary(reference.map { (amounts[$0].code, $0) }, uniquingKeysWith: { first, _ in first })
            for other in tables.dropFirst() {
                for index in other {
                    let amount = amounts[index]
                    guard let printedIndex = values[amount.code] else { continue }
                    let printed = amounts[printedIndex]
                    checks.append(IdentityCheck(
                        kind: .sameInAnotherTable, members: [index, printedIndex],
                        finding: Finding.comparing(.differsBetweenTables, printed: amount.value, sum: printed.value,
                                                   tolerance: (amount.resolution + printed.resolution) / 2,
                                                   parts: "table \(printed.table) (page \(printed.page))", table: amount.table,
                                                   page: amount.page, code: amount.code, measure: amount.measure)))
                }
            }
        }
        return checks
    }
}
