import BudgetBenchCompare
import BudgetBenchXLSX

/// 图表: total expenditure by center (clustered bars) and the function-class mix (stacked to 100 %).
struct ChartsSheet {
    static let name = "图表 Charts"

    let layout: OverviewSheet.Layout
    let comparison: Comparison
    let language: Language

    func write(into workbook: Workbook) throws {
        let sheet = try workbook.addWorksheet(named: Self.name)
        let zh = language == .zh
        let centers = CellRange(sheet: layout.sheet, rows: layout.headerRow...layout.headerRow, columns: layout.centerColumns)
        if let total = layout.rows["total_expenditure"] {
            let chart = try workbook.addChart(.clusteredBar)
            try chart.addSeries(named: zh ? "支出总额（万元）" : "Total expenditure (10k yuan)", categories: centers,
                                values: CellRange(sheet: layout.sheet, rows: total...total, columns: layout.centerColumns))
            chart.setTitle(zh ? "支出总额（万元）" : "Total expenditure (10k yuan)")
            chart.setValueAxisName(zh ? "万元" : "10k yuan")
            try sheet.insert(chart, row: 1, column: 1, scale: 1.1)
        }
        let mix = comparison.filledRows.filter { $0.kpi.id.hasPrefix("function_share_") }
        if !mix.isEmpty {
            let chart = try workbook.addChart(.percentStackedBar)
            for row in mix {
                guard let line = layout.rows[row.kpi.id] else { continue }
                try chart.addSeries(named: row.kpi.name(language), categories: centers,
                                    values: CellRange(sheet: layout.sheet, rows: line...line, columns: layout.centerColumns))
            }
            chart.setTitle(zh ? "功能分类支出结构" : "Function-class mix")
            chart.placeLegendAtBottom()
            try sheet.insert(chart, row: 19, column: 1, scale: 1.1)
        }
        try sheet.preparePrinting(repeating: 0...0)
    }
}
