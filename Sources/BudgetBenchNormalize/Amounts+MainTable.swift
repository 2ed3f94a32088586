import Foundation

extension Array where Element == Amount {
    /// The rows of the largest `scheme` table (by Σ 类 totals): the table a report's headline
    /// figures are read from. Among tables as large, the one with more columns (基本支出, 项目支出 …),
    /// then the first.
    public func mainTable(_ scheme: Amount.Scheme) -> [Amount] {
        // An income table (收入总表 by function code) never stands for what is spent.
        let rows = filter { $0.scheme == scheme && $0.flow == .expenditure }
        // A classified table prints the hierarchy below its 类; a summary table (收支总表) listing a
        // few 类 beside its income is no classified table.
        let tables = Dictionary(grouping: rows, by: \.table).compactMapValues { rows -> (total: Decimal, measures: Int)? in
            let classes = rows.classes.filter { $0.measure == "total" }
            guard !classes.isEmpty, rows.contains(where: { $0.code.count > 3 && !$0.isTotal }) else { return nil }
            return (classes.sum, Set(rows.map(\.measure)).count)
        }
        guard let table = tables.max(by: { ($0.value.total, $0.value.measures, -$0.key) < ($1.value.total, $1.value.measures, -$1.key) })?.key
        else { return [] }
        return rows.filter { $0.table == table }
    }

    /// The 类 rows (3-digit codes; not the 合计 row).
    public var classes: [Amount] { filter { $0.code.count == 3 && !$0.isTotal } }

    /// The rows of one column.
    public func column(_ measure: String) -> [Amount] { filter { $0.measure == measure } }

    /// Σ of the values, exact.
    public var sum: Decimal { map(\.value).reduce(0, +) }
}
