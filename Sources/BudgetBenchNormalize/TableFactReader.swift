import BudgetBenchSegment
import Foundation

/// Headline facts read from tables: 支出总计, 基本支出 and 项目支出 from the main function-classified
/// tables, the “三公” total and parts from its table.
public struct TableFactReader: Sendable {
    /// Header labels of a total column.
    static let totalLabels = ["合计", "小计", "总计", "合计小计"]
    static let sangongWord = "三公"

    public init() {}

    /// The headline figures the tables print: 支出总计, 基本支出 and 项目支出 as Σ 类 of the main
    /// function-classified table of all funds and of the 财政拨款 funds, and the “三公” total with its
    /// parts. Each is verified where its amounts are.
    public func facts(tables: [Table], amounts: [Amount], kind: ReportIdentity.Kind?) -> [Fact] {
        let basis: Amount.Basis = kind == .finalAccount ? .actual : .budget
        var facts: [Fact] = []
        for funds in [Amount.Funds.allFunds, .fiscalAllocation] {
            let classes = amounts.filter { $0.funds == funds }.mainTable(.function).classes
            for (key, measure) in NarrativeChecker.restated {
                let column = classes.column(measure)
                guard let first = column.first else { continue }
                let title = tables.indices.contains(first.table - 1) ? tables[first.table - 1].title ?? "" : ""
                let verification: Amount.Verification = column.contains { $0.verification == .contradicted } ? .contradicted
                    : column.allSatisfy { $0.verification == .verified } ? .verified : .unchecked
                facts.append(Fact(key: key, value: column.sum.exactString, unit: "万元", funds: funds, basis: first.basis,
                                  verification: verification, origin: .classSum, source: "表 \(first.table) \(title): Σ 类 \(measure)", page: first.page))
            }
        }
        return summaryTotals(tables, basis: basis) + facts + sangong(tables, kind: kind, basis: basis)
    }

    /// Row labels of a summary table's totals, this year's first: 支出合计 leaves out what is
    /// carried to next year, 支出总计 may hold it.
    static let summaryLabels: [(label: String, key: Fact.Key)] = [
        ("本年支出合计", .totalExpenditure), ("支出合计", .totalExpenditure), ("支出总计", .totalExpenditure),
        ("本年收入合计", .totalIncome), ("收入合计", .totalIncome), ("收入总计", .totalIncome),
    ]

    /// 收入总计 and 支出总计 of each 收支总表 (all funds, or the 财政拨款 one): the first figure right
    /// of the cell printing the label, on either side of a two-sided table.
    private func summaryTotals(_ tables: [Table], basis: Amount.Basis) -> [Fact] {
        var facts: [Fact] = []
        for (index, table) in tables.enumerated() {
            let title = Names.compact(table.title ?? "")
            guard title.contains("收支") || title.contains("收入支出"), title.contains("总表"), let scale = MeasureWords.unitScale[table.unit ?? "万元"] else { continue }
            let funds = Amount.Funds(naming: title)
            // Its rows, and those of an untitled table of as many columns opening the next page: a
            // continuation the segmenter left apart (its repeated header broken).
            var rows = Array(zip(table.body, table.rowPages))
            if tables.indices.contains(index + 1), tables[index + 1].title == nil, tables[index + 1].columnCount == table.columnCount,
               tables[index + 1].firstPage == table.lastPage + 1 {
                rows += zip(tables[index + 1].body, tables[index + 1].rowPages)
            }
            for key in [Fact.Key.totalExpenditure, .totalIncome] where !facts.contains(where: { $0.key == key && $0.funds == funds }) {
                for (label, _) in Self.summaryLabels.filter({ $0.key == key }) {
                    guard let (row, page, column) = rows.lazy.compactMap({ row, page in
                        row.firstIndex { Names.compact($0) == label }.map { (row, page, $0) }
                    }).first,
                          // The figure right of the label, past a 栏次 (line number) column.
                          let value = row.indices.dropFirst(column + 1).lazy.filter({ !Self.numbersLines(table, column: $0) })
                              .compactMap({ AmountReader.value(row[$0], scale: scale, blankIsZero: false) }).first
                    else { continue }
                    facts.append(Fact(key: key, value: value.exactString, unit: "万元", funds: funds, basis: basis, origin: .printedCell,
                                      source: "表 \(index + 1) \(table.title ?? ""): \(label)", page: page))
                    break
                }
            }
        }
        return facts
    }

    /// The “三公” total: the total column of the “三公” table (its 决算数 side in a final account),
    /// on its last row of data (an empty cell of a 决算 table is 0; a row of column numbers is no data).
    /// A table printing 预算数 and 决算数 under each part gives the total and parts of both sides.
    private func sangong(_ tables: [Table], kind: ReportIdentity.Kind?, basis: Amount.Basis) -> [Fact] {
        for (index, table) in tables.enumerated()
        where (table.title ?? "").contains(Self.sangongWord) || table.headerPaths.contains(where: { $0.contains(Self.sangongWord) }) {
            guard let scale = MeasureWords.unitScale[table.unit ?? "万元"] else { continue }
            // A header of several rows may be left in the body (合计 | 因公出国（境）费 | … over 购置费 |
            // 运行费): its rows above the first figure name the columns.
            let headerRows = table.body.prefix { row in !row.contains { AmountReader.value($0, scale: 1, blankIsZero: false) != nil } }
            let labels = Self.columnLabels(table.headerPaths, headerRows: Array(headerRows))
            let source = "表 \(index + 1) \(table.title ?? "")"
            let sides = Set(labels.compactMap(\.side))
            if sides.count > 1 {
                let facts = [Amount.Basis.budget, .actual].flatMap { side in
                    let columns = labels.indices.filter { labels[$0].side == side }
                    let total = columns.first { Self.totalLabels.contains(labels[$0].leaf) && !(labels[$0].group + labels[$0].leaf).contains("车") }
                    let rows = Self.dataRows(table, skipping: headerRows.count, needing: columns.max() ?? 0)
                    return rows.last.flatMap { row, page in
                        Self.sangongFacts(row: row, page: page, labels: labels, columns: columns, total: total, scale: scale, basis: side, source: source)
                    } ?? []
                }
                if !facts.isEmpty { return facts }
                continue
            }
            let totals = table.headerPaths.indices.filter { column in
                let levels = table.headerPaths[column].split(separator: "/").map { Names.compact(String($0)) }
                return Self.totalLabels.contains(levels.last ?? "") && !table.headerPaths[column].contains("公务用车")
            }
            let preferred = totals.first { table.headerPaths[$0].contains(kind == .finalAccount ? "决算" : "预算") } ?? totals.first
            let inBody = headerRows.lazy.compactMap { row in row.firstIndex { Self.totalLabels.contains(Names.compact($0)) } }.first
            guard let column = preferred ?? inBody,
                  let (row, page) = Self.dataRows(table, skipping: preferred == nil ? headerRows.count : 0, needing: column).last,
                  let facts = Self.sangongFacts(row: row, page: page, labels: labels, columns: Array(labels.indices), total: column,
                                                scale: scale, basis: basis, source: source)
            else { continue }
            return facts
        }
        return []
    }

    /// The body rows holding data, after `skipping` header rows left in the body: wide enough for
    /// the column `needing`, not blank, not a row of column numbers.
    private static func dataRows(_ table: Table, skipping: Int, needing column: Int) -> [([String], Int)] {
        zip(table.body, table.rowPages).dropFirst(skipping).filter { row, _ in
            column < row.count && row.contains { !Names.compact($0).isEmpty } && !numbersColumns(row)
        }
    }

    /// The “三公” total and parts one row prints in `columns`: 因公出国（境）, 公务用车 (its 小计, else
    /// 购置 + 运行) and 公务接待. Where the row prints them, their sum is the total (a 合计 column may
    /// also hold 会议费 and 培训费, and a 合计 cell may be printed fused with its neighbour), cited by
    /// the cell equal to it; else the `total` column's figure. Nil when the row prints neither.
    private static func sangongFacts(row: [String], page: Int, labels: [ColumnLabel], columns: [Int], total column: Int?,
                                     scale: Decimal, basis: Amount.Basis, source: String) -> [Fact]? {
        let parts = Dictionary(columns.filter { $0 < row.count }.compactMap { column in
            partKey(labels[column]).flatMap { key in AmountReader.value(row[column], scale: scale).map { (key, (column, $0)) } }
        }, uniquingKeysWith: { first, _ in first })
        let vehicles = parts[.sangongVehicles]?.1
            ?? [parts[.sangongVehiclePurchase]?.1, parts[.sangongVehicleRunning]?.1].compactMap { $0 }.reduce(nil) { ($0 ?? 0) + $1 }
        let categories = [parts[.sangongOverseas]?.1, vehicles, parts[.sangongReception]?.1].compactMap { $0 }
        let printed = column.flatMap { $0 < row.count ? AmountReader.value(row[$0], scale: scale) : nil }
        guard categories.count >= 2 || printed != nil else { return nil }
        let sum = categories.reduce(0, +)
        let value = categories.count >= 2 ? sum : printed ?? 0
        let cited = categories.count >= 2 ? columns.first { $0 < row.count && AmountReader.value(row[$0], scale: scale) == sum } : column
        // The total is verified where a printed cell equals the sum of the printed parts.
        let total = Fact(key: .sangongTotal, value: value.exactString, unit: "万元", funds: nil, basis: basis,
                         verification: categories.count >= 2 && cited != nil ? .verified : .unchecked, origin: .printedCell,
                         source: source + ": " + (cited.map { "\(labels[$0].leaf) = \(row[$0])" } ?? "Σ 因公出国、公务用车、公务接待 = \(value.exactString)"),
                         page: page)
        return [total] + parts.sorted { $0.value.0 < $1.value.0 }.map { key, part in
            Fact(key: key, value: part.1.exactString, unit: "万元", basis: basis, origin: .printedCell,
                 source: source + ": \(labels[part.0].leaf) = \(row[part.0])", page: page)
        }
    }

    /// The narrative's money facts a table fact of the same key (and funds, where both say) restates:
    /// verified when equal within the narrative's printed rounding, contradicted otherwise. Facts
    /// already checked against the amounts keep their verdict.
    static func crossChecked(_ narrative: [Fact], against table: [Fact]) -> [Fact] {
        narrative.map { fact in
            guard fact.verification == .unchecked, fact.quantity == .level, fact.unit == "万元", let stated = Decimal(string: fact.value),
                  let printed = table.first(where: { $0.key == fact.key && ($0.funds == nil || $0.funds == fact.funds) }),
                  let value = Decimal(string: printed.value) else { return fact }
            var checked = fact
            let tolerance = AmountReader.resolution(fact.value, scale: 1) / 2
            checked.verification = abs(stated - value) <= tolerance ? .verified : .contradicted
            return checked
        }
    }

    /// A column's heading: the labels above its own, its own lowest label, and the side it belongs
    /// to where each part prints a 预算数 and a 决算数 column.
    struct ColumnLabel {
        var group: String
        var leaf: String
        var side: Amount.Basis?
    }

    /// Which part of the “三公” a column holds: 因公出国（境）, 公务接待, or of 公务用车 its 小计, 购置 or
    /// 运行 (a vertical label may come out scrambled: `公务 置用费车购`).
    private static func partKey(_ label: ColumnLabel) -> Fact.Key? {
        if label.leaf.contains("出国") { return .sangongOverseas }
        if label.leaf.contains("接待") { return .sangongReception }
        guard (label.group + label.leaf).contains("车") else { return nil }
        if totalLabels.contains(label.leaf) { return .sangongVehicles }
        let purchase = label.leaf.contains("购"), running = label.leaf.contains("运") || label.leaf.contains("维护")
        return purchase == running ? nil : purchase ? .sangongVehiclePurchase : .sangongVehicleRunning
    }

    /// The labels that name a side rather than a part.
    static let sides: [(label: String, basis: Amount.Basis)] = [("预算数", .budget), ("预算", .budget), ("决算数", .actual), ("决算", .actual)]

    /// Each column's heading: the labels above it (a merged heading's text carried right over the
    /// empty cells it spans), and its own lowest label; a lowest label naming a side (预算数 / 决算数)
    /// gives the side, and the label above it is the column's own.
    private static func columnLabels(_ paths: [String], headerRows: [[String]]) -> [ColumnLabel] {
        let cells = headerRows.map { row in paths.indices.map { $0 < row.count ? Names.compact(row[$0]) : "" } }
        // A merged heading above sub-columns prints only in its first column: its text is carried
        // right over the empty cells it spans, which end where the heading above it ends.
        var carried: [[String]] = []
        for (level, row) in cells.enumerated() {
            let parents = carried.last
            carried.append(paths.indices.map { column in
                guard row[column].isEmpty, level < cells.count - 1, let left = (0..<column).reversed().first(where: { !row[$0].isEmpty }),
                      parents.map({ $0[left] == $0[column] }) ?? true else { return row[column] }
                return row[left]
            })
        }
        return paths.indices.map { column in
            let texts = paths[column].split(separator: "/").map { Names.compact(String($0)) } + carried.map { $0[column] }
            var named = texts.filter { !$0.isEmpty }
            let side = named.last.flatMap { last in sides.first { $0.label == last }?.basis }
            if side != nil, named.count > 1 {
                named.removeLast()
            }
            return ColumnLabel(group: named.dropLast().joined(), leaf: named.last ?? "", side: side)
        }
    }

    /// Whether a column numbers the lines (栏次 / 行次).
    private static func numbersLines(_ table: Table, column: Int) -> Bool {
        column < table.headerPaths.count && ["栏次", "行次"].contains { Names.compact(table.headerPaths[column]).contains($0) }
    }

    /// A row numbering the columns: 1, 2, 3 … (栏次).
    private static func numbersColumns(_ row: [String]) -> Bool {
        let numbers = row.map(Names.compact).filter { !$0.isEmpty }.compactMap { Int($0) }
        return numbers.count >= 2 && numbers == Array(numbers[0]..<(numbers[0] + numbers.count))
    }
}
