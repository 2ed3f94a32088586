import BudgetBenchCompare
import BudgetBenchStore

/// The comparison as a terminal table: KPI rows, one column per center with its rank, the peer median.
struct ComparisonText {
    let comparison: Comparison
    let language: Language

    var text: String {
        let zh = language == .zh
        let columns = [zh ? "指标" : "KPI", zh ? "单位" : "unit"] + comparison.centers.map(\.name) + [zh ? "中位数" : "median"]
        let rows: [[FlatTable.Value]] = comparison.filledRows.map { row in
            let unit = row.kpi.unit.name(language)
            let cells = comparison.centers.map { center -> FlatTable.Value in
                guard let cell = row.cells[center.key] else { return .null }
                let shown = cell.value.number.map { KPIFormat.text($0, unit: row.kpi.unit) } ?? cell.value.text ?? ""
                return .text(shown + (cell.rank.map { " (\($0))" } ?? "") + (cell.comparable ? "" : " †"))
            }
            return [.text(row.kpi.name(language)), .text(unit)] + cells + [row.median.map { .text(KPIFormat.text($0, unit: row.kpi.unit)) } ?? .null]
        }
        let legend = zh
            ? "（n）= 排名，1 为最高；† = 年度或口径（预算/决算）与该行多数不同；– = 无数据\n"
            : "(n) = rank, 1 = highest; † = other year or basis (budget/actual) than most of the row; – = no value\n"
        return TextTable(FlatTable(columns: columns, rows: rows)).text + legend
    }
}
