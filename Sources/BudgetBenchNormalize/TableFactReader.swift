import BudgetBenchSegment
import Foundation

/// Headline facts read from tables, for the keys a report's narrative does not state: 支出总计,
/// 基本支出 and 项目支出 from the main function-classified table, the “三公” total from its table.
public struct TableFactReader: Sendable {
    /// Header labels of a total column.
    static let totalLabels = ["合计", "小计", "总计", "合计小计"]
    static let sangongWord = "三公"

    public init() {}

    /// Facts for keys missing from `narrative`, each with the table cell (or Σ 类) it comes from.
    public func facts(tables: [Table], amounts: [Amount], kind: ReportIdentity.Kind?, missing narrative: [Fact]) -> [Fact] {
        let stated = Set(narrative.map(\.key))
        var facts: [Fact] = []
        let classes = amounts.mainTable(.function).classes
        for (key, measure) in NarrativeChecker.restated where !stated.contains(key) {
            let column = classes.column(measure)
            guard let first = column.first else { continue }
            let title = tables.indices.contains(first.table - 1) ? tables[first.table - 1].title ?? "" : ""
            facts.append(Fact(key: key, value: column.sum.exactString, unit: "万元",
                              source: "表 \(first.table) \(title): Σ 类 \(measure)", page: first.page))
        }
        if !stated.contains("sangong_total"), let fact = sangong(tables, kind: kind) {
            facts.append(fact)
        }
        return facts
    }

    /// The “三公” total: the total column of the “三公” table (its 决算数 side in a final account),
    /// on its last row of data (an empty cell of a 决算 table is 0; a row of column numbers is no data).
    private func sangong(_ tables: [Table], kind: ReportIdentity.Kind?) -> Fact? {
        for (index, table) in tables.enumerated() where (table.title ?? "").contains(Self.sangongWord) {
            guard let scale = MeasureWords.unitScale[table.unit ?? "万元"] else { continue }
            let totals = table.headerPaths.indices.filter { column in
                let levels = table.headerPaths[column].split(separator: "/").map { Names.compact(String($0)) }
                return Self.totalLabels.contains(levels.last ?? "") && !table.headerPaths[column].contains("公务用车")
            }
            let preferred = totals.first { table.headerPaths[$0].contains(kind == .finalAccount ? "决算" : "预算") } ?? totals.first
            guard let column = preferred else { continue }
            let data = zip(table.body, table.rowPages).filter { row, _ in
                column < row.count && row.contains { !Names.compact($0).isEmpty } && !Self.numbersColumns(row)
            }
            guard let (row, page) = data.last, let value = AmountReader.value(row[column], scale: scale) else { continue }
            return Fact(key: "sangong_total", value: value.exactString, unit: "万元",
                        source: "表 \(index + 1) \(table.title ?? ""): \(table.headerPaths[column]) = \(row[column])", page: page)
        }
        return nil
    }

    /// A row numbering the columns: 1, 2, 3 … (栏次).
    private static func numbersColumns(_ row: [String]) -> Bool {
        let numbers = row.map(Names.compact).filter { !$0.isEmpty }.compactMap { Int($0) }
        return numbers.count >= 2 && numbers == Array(numbers[0]..<(numbers[0] + numbers.count))
    }
}
