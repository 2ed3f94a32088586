import Foundation

/// Checks between rows and tables: a table's 合计 = Σ 类, and one code printed with the same
/// figure in every table of the same scope.
public struct CrossTableChecker: Sendable {
    public init() {}

    public func findings(_ amounts: [Amount], totals: [Amount]) -> [Finding] {
        totalFindings(amounts, totals: totals) + scopeFindings(amounts)
    }

    /// The columns of each table printed once (no code twice: not split into 基本 / 项目 sections).
    private func columns(_ amounts: [Amount]) -> [String: [Amount]] {
        Dictionary(grouping: amounts) { "\($0.table)|\($0.measure)|\($0.scheme.rawValue)|\($0.basis.rawValue)" }
            .filter { ConsistencyChecker.sections($0.value).count == 1 }
    }

    private func totalFindings(_ amounts: [Amount], totals: [Amount]) -> [Finding] {
        let columns = columns(amounts)
        return totals.compactMap { total in
            guard let column = columns["\(total.table)|\(total.measure)|\(total.scheme.rawValue)|\(total.basis.rawValue)"],
                  totals.count(where: { $0.table == total.table && $0.measure == total.measure }) == 1 else { return nil }
            let classes = column.classes
            guard !classes.isEmpty else { return nil }
            return Finding.comparing(.totalNotSumOfClasses, printed: total.value, sum: classes.sum,
                                     tolerance: classes.reduce(total.resolution) { $0 + $1.resolution } / 2, parts: "its 类 rows",
                                     table: total.table, page: total.page, code: "", measure: total.measure)
        }
    }

    /// Tables whose 类 add up to the same total in a column cover the same money, so each code
    /// they share must carry the same figure; the first such table is the reference.
    private func scopeFindings(_ amounts: [Amount]) -> [Finding] {
        let columns = columns(amounts).values.filter { !$0.classes.isEmpty }
        let scopes = Dictionary(grouping: columns) { column in
            "\(column[0].scheme.rawValue)|\(column[0].measure)|\(column[0].basis.rawValue)|\(column.classes.sum)"
        }
        var findings: [Finding] = []
        for key in scopes.keys.sorted() {
            let tables = scopes[key]!.sorted { $0[0].table < $1[0].table }
            guard let reference = tables.first else { continue }
            let values = Dictionary(reference.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
            for other in tables.dropFirst() {
                for amount in other {
                    guard let printed = values[amount.code],
                          let finding = Finding.comparing(.differsBetweenTables, printed: amount.value, sum: printed.value,
                                                          tolerance: (amount.resolution + printed.resolution) / 2,
                                                          parts: "table \(printed.table) (page \(printed.page))", table: amount.table,
                                                          page: amount.page, code: amount.code, measure: amount.measure)
                    else { continue }
                    findings.append(finding)
                }
            }
        }
        return findings
    }
}
