import BudgetBenchCompare
import BudgetBenchStore

/// A unit's trend as a terminal table: KPI rows, one column per year with the change from the year before.
struct TrendText {
    let trend: UnitTrend
    let language: Language

    var text: String {
        let zh = language == .zh
        let columns = [zh ? "指标" : "KPI", zh ? "单位" : "unit"] + trend.years.map(String.init)
        let rows: [[FlatTable.Value]] = trend.rows.map { row in
            let unit = row.kpi.unit == .share ? "%" : row.kpi.unit.rawValue
            let cells = trend.years.map { year -> FlatTable.Value in
                guard let value = row.values[year] else { return .null }
                let shown = value.number.map { KPIFormat.text($0, unit: row.kpi.unit) } ?? value.text ?? ""
                let change = row.changes[year].map { " (" + ($0 >= 0 ? "+" : "") + KPIFormat.text($0, unit: row.kpi.unit) + ")" } ?? ""
                return .text(shown + change + (row.notes[year] == nil ? "" : " †"))
            }
            return [.text(row.kpi.name(language)), .text(unit)] + cells
        }
        let legend = zh
            ? "\(trend.center.name)：（±n）= 与上一年度之差，仅在口径与报告类型相同时计算；† = 与上一年度不可比\n"
            : "\(trend.center.name): (±n) = change from the year before, only between the same basis and kind of report; † = not comparable with the year before\n"
        return TextTable(FlatTable(columns: columns, rows: rows)).text + legend
    }
}
