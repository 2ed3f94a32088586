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
        for (index, table) in tables.enumerated()
        where (table.title ?? "").contains(Self.sangongWord) || table.headerPaths.contains(where: { $0.contains(Self.sangongWord) }) {
            guard let scale = MeasureWords.unitScale[table.unit ?? "万元"] else { continue }
            let totals = table.headerPaths.indices.filter { column in
                let levels = table.headerPaths[column].split(separator: "/").map { Names.compact(String($0)) }
                return Self.totalLabels.contains(levels.last ?? "") && !table.headerPaths[column].contains("公务用车")
            }
            let preferred = totals.first { table.headerPaths[$0].contains(kind == .finalAccount ? "决算" : "预算") } ?? totals.first
            // A header of several rows may be left in the body (合计 | 因公出国（境）费 | … over 购置费 |
            // 运行费): its rows above the first figure name the columns.
            let headerRows = table.body.prefix { row in !row.contains { AmountReader.value($0, scale: 1, blankIsZero: false) != nil } }
            let inBody = headerRows.lazy.compactMap { row in row.firstIndex { Names.compact($0) == Self.totalLabels[0] } }.first
            guard let column = preferred ?? inBody else { continue }
            let data = zip(table.body, table.rowPages).dropFirst(preferred == nil ? headerRows.count : 0).filter { row, _ in
                column < row.count && row.contains { !Names.compact($0).isEmpty } && !Self.numbersColumns(row)
            }
            guard let (row, page) = data.last, let printed = AmountReader.value(row[column], scale: scale) else { continue }
            // The 三公 are 因公出国（境）, 公务用车购置 and 运行, 公务接待: where the table prints them,
            // their sum is the total (a 合计 column may also hold 会议费 and 培训费), cited by
            // the printed cell that equals it.
            let labels = Self.columnLabels(table.headerPaths, headerRows: Array(headerRows))
            let parts = labels.indices.filter { column in
                let (group, leaf) = labels[column]
                let vehicle = (group + leaf).contains("车") && leaf.contains("购置") != leaf.contains("运行")
                return column < row.count && (leaf.contains("出国") || leaf.contains("接待") || vehicle)
            }
            let values = parts.compactMap { AmountReader.value(row[$0], scale: scale) }
            let sum = values.reduce(0, +)
            let cited = values.count >= 2 ? row.indices.first { AmountReader.value(row[$0], scale: scale) == sum } : column
            let value = values.count >= 2 ? sum : printed
            return Fact(key: "sangong_total", value: value.exactString, unit: "万元",
                        source: "表 \(index + 1) \(table.title ?? ""): " + (cited.map { "\(labels[$0].leaf) = \(row[$0])" } ?? "Σ 因公出国、公务用车、公务接待 = \(value.exactString)"),
                        page: page)
        }
        return nil
    }

    /// Each column's heading: the labels above it (a merged heading's text carried right over the
    /// empty cells it spans), and its own lowest label.
    private static func columnLabels(_ paths: [String], headerRows: [[String]]) -> [(group: String, leaf: String)] {
        let cells = headerRows.map { row in paths.indices.map { $0 < row.count ? Names.compact(row[$0]) : "" } }
        return paths.indices.map { column in
            var texts = paths[column].split(separator: "/").map { Names.compact(String($0)) }
            for (level, row) in cells.enumerated() {
                var text = row[column]
                // A merged heading above sub-columns prints only in its first column.
                if text.isEmpty, level < cells.count - 1, let left = (0..<column).reversed().first(where: { !row[$0].isEmpty }) {
                    text = row[left]
                }
                texts.append(text)
            }
            let named = texts.filter { !$0.isEmpty }
            return (named.dropLast().joined(), named.last ?? "")
        }
    }

    /// A row numbering the columns: 1, 2, 3 … (栏次).
    private static func numbersColumns(_ row: [String]) -> Bool {
        let numbers = row.map(Names.compact).filter { !$0.isEmpty }.compactMap { Int($0) }
        return numbers.count >= 2 && numbers == Array(numbers[0]..<(numbers[0] + numbers.count))
    }
}
