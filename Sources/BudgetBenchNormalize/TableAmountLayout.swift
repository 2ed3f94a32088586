import BudgetBenchSegment
import Foundation

/// What each column of a table holds, read from the table's own words: the measure from its
/// header, the basis (本年预算 / 上年预算 / 调整预算 / 决算) from its header, the flow from the
/// title or the side it stands on, and the unit from its header (`金额（元）`) or else the table's
/// unit line. Whether a blank cell is 0 follows the table kind: only 决算 tables define it so.
struct TableAmountLayout {
    // Stored once: a regex literal in a function body is compiled again on every call.
    nonisolated(unsafe) private static let bracketedUnit = #/[（(](万元|千元|亿元|元)[）)]/#
    nonisolated(unsafe) private static let unitLine = #/单位[:：](万元|千元|亿元|元)/#

    struct Column {
        var measure: String
        var basis: Amount.Basis
        var flow: Amount.Flow
        /// 万元 per printed unit.
        var scale: Decimal
    }

    /// Figure columns by index; other columns (names, codes, 行次) are absent.
    let columns: [Int: Column]
    let blankIsZero: Bool
    /// Neither a unit line nor a header names the unit: figures are read as 万元, with a finding.
    let unitIsMissing: Bool
    /// Footer names of the sides of a two-sided table and the measure each stands for.
    private let footers: [String: String]

    /// Header words of each basis, the most specific first.
    static let basisWords: [(words: [String], basis: Amount.Basis)] = [
        (["上年决算", "上年执行", "上年实际"], .priorActual), (["上年预算"], .priorBudget), (["调整预算", "调整后预算"], .adjusted),
        (["决算", "执行数", "完成数", "实际数"], .actual), (["预算"], .budget),
    ]
    /// Footer words of a side of a two-sided 基本支出 table.
    static let sideParts = [("人员经费", "personnel"), ("公用经费", "public")]

    init(_ table: Table, reportKind: ReportIdentity.Kind?) {
        let title = Names.compact(table.title ?? "")
        let isFinal = title.contains("决算") || (!title.contains("预算") && reportKind == .finalAccount)
        blankIsZero = isFinal
        let defaultBasis: Amount.Basis = isFinal ? .actual : .budget
        let twoWay = title.contains("收支") || title.contains("收入支出")
        let titleFlow: Amount.Flow = !twoWay && title.contains("收入") ? .income : .expenditure
        let tableScale = table.unit.flatMap { MeasureWords.unitScale[$0] }
        let sideMeasures = Self.sideMeasures(table)
        var footers: [String: String] = [:]
        for (_, measure, footer) in sideMeasures { footers[footer] = measure }
        self.footers = footers
        var columns: [Int: Column] = [:]
        var anyUnit = tableScale != nil
        for (column, path) in table.headerPaths.enumerated() {
            guard var measure = MeasureWords.measure(of: path), !path.contains("行次") else { continue }
            let compact = Names.compact(path)
            let columnScale = Self.unit(in: compact).flatMap { MeasureWords.unitScale[$0] }
            anyUnit = anyUnit || columnScale != nil
            if measure == "total", let side = sideMeasures.first(where: { $0.columns.contains(column) }) {
                measure = side.measure
            }
            let basis = Self.basisWords.first { $0.words.contains(where: compact.contains) }?.basis ?? defaultBasis
            let flow: Amount.Flow = twoWay ? (compact.contains("收入") ? .income : .expenditure) : titleFlow
            columns[column] = Column(measure: measure, basis: basis, flow: flow, scale: columnScale ?? tableScale ?? 1)
        }
        self.columns = columns
        unitIsMissing = !anyUnit && !columns.isEmpty
    }

    /// The measure a footer row such as 人员经费合计 stands for, if it is one of this table's.
    func footerMeasure(_ name: String) -> String? { footers[name] }

    /// A unit printed in a header: `金额（元）`, `预算数(万元)`, `单位：元`.
    static func unit(in header: String) -> String? {
        if let match = header.firstMatch(of: bracketedUnit) { return String(match.output.1) }
        if let match = header.firstMatch(of: unitLine) { return String(match.output.1) }
        return nil
    }

    /// The sides of a table printed as two halves whose rows end in a 人员经费合计 / 公用经费合计
    /// footer: each side's figure columns hold that part of 基本支出.
    private static func sideMeasures(_ table: Table) -> [(columns: ClosedRange<Int>, measure: String, footer: String)] {
        guard table.sides.count >= 2 else { return [] }
        return table.sides.compactMap { side in
            for row in table.body.reversed() {
                for column in side.columns where column < row.count {
                    let cell = Names.compact(row[column])
                    if let part = sideParts.first(where: { cell.hasPrefix($0.0) && cell.hasSuffix("合计") }) {
                        return (side.columns, part.1, cell)
                    }
                }
            }
            return nil
        }
    }
}
