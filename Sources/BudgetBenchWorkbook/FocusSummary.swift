import BudgetBenchCompare
import Foundation

/// Where the focus unit stands against its peers: per KPI its distance from the median, and in
/// words the three KPIs furthest above and below it.
struct FocusSummary {
    /// A value minus the peer median, and that difference as a fraction of the median.
    struct Deviation {
        var absolute: Decimal
        var relative: Decimal?
    }

    let comparison: Comparison
    let focus: PeerCenter
    let language: Language

    /// How many KPIs the sentence names on each side.
    static let named = 3

    /// Nil when the unit has no comparable value or the row no median.
    static func deviation(_ cell: Comparison.Cell?, median: Decimal?) -> Deviation? {
        guard let cell, cell.comparable, !cell.value.contradicted, let value = cell.value.number, let median else { return nil }
        let difference = value - median
        return Deviation(absolute: difference, relative: median == 0 ? nil : difference / abs(median))
    }

    /// Two lines: the KPIs furthest above the median, and those furthest below.
    var sentences: [String] {
        let deviations = comparison.filledRows.compactMap { row -> (name: String, relative: Decimal)? in
            guard row.cells.values.count(where: { $0.rank != nil }) > 1,
                  let relative = Self.deviation(row.cells[focus.key], median: row.median)?.relative else { return nil }
            return (row.kpi.name(language), relative)
        }
        let above = deviations.filter { $0.relative > 0 }.sorted { $0.relative > $1.relative }.prefix(Self.named)
        let below = deviations.filter { $0.relative < 0 }.sorted { $0.relative < $1.relative }.prefix(Self.named)
        let zh = language == .zh
        let list = { (items: ArraySlice<(name: String, relative: Decimal)>) -> String in
            items.isEmpty ? (zh ? "无" : "none")
                : items.map { zh ? "\($0.name)（\(Self.percent($0.relative))）" : "\($0.name) (\(Self.percent($0.relative)))" }
                    .joined(separator: zh ? "、" : ", ")
        }
        return zh ? ["本单位 \(focus.name) 高于同业中位数最多的指标：\(list(above))", "低于同业中位数最多的指标：\(list(below))"]
                  : ["\(focus.name), furthest above the peer median: \(list(above))", "Furthest below the peer median: \(list(below))"]
    }

    static func percent(_ fraction: Decimal) -> String {
        String(format: "%+.1f%%", NSDecimalNumber(decimal: fraction * 100).doubleValue)
    }
}
