import BudgetBenchCompare
import BudgetBenchXLSX

/// 图表: total expenditure by unit (bars) and the function-class mix (stacked to 100 %), one
/// page each, with a warning above a chart whose values mix years or bases.
struct ChartsSheet {
    static func name(_ language: Language) -> String { language == .zh ? "图表" : "Charts" }

    /// A4 landscape at 100 % holds 1,027 × 700 pixels inside the margins; a chart is anchored to
    /// cells, and LibreOffice draws columns wider than Excel, so it keeps a margin.
    static let chartWidth = 880.0
    static let maximumHeight = 620.0
    /// Pixels per bar group, so every unit's name has room on the axis.
    static let pixelsPerCategory = 30.0
    static let rowPixels = 20.0

    let layout: OverviewSheet.Layout
    let comparison: Comparison
    let language: Language

    func write(into workbook: Workbook) throws {
        let writer = try SheetWriter(workbook: workbook, name: Self.name(language), language: language)
        let zh = language == .zh
        let centers = CellRange(sheet: layout.sheet, rows: layout.headerRow...layout.headerRow, columns: layout.centerColumns)
        let height = min(Self.maximumHeight, max(300, 110 + Self.pixelsPerCategory * Double(layout.centerColumns.count)))
        let rowsPerChart = Int((height / Self.rowPixels).rounded(.up)) + 2
        var top = 0, pageBreaks: [Int] = []
        func place(_ chart: Chart, rows: [Comparison.Row]) throws {
            if top > 0 { pageBreaks.append(top) }
            if let warning = warning(rows) {
                try writer.text(warning, row: top, column: 0, style: CellStyle(bold: true, fontColor: 0xC00000), fits: false)
            }
            try writer.sheet.insert(chart, row: top + 1, column: 0, width: Self.chartWidth, height: height)
            top += rowsPerChart
        }
        if let total = comparison.filledRows.first(where: { $0.kpi.id == "total_expenditure" }), let line = layout.rows[total.kpi.id] {
            let title = zh ? "支出总额（万元）" : "Total expenditure (10k yuan)"
            let chart = try workbook.addChart(.clusteredBar)
            try chart.addSeries(named: title, categories: centers,
                                values: CellRange(sheet: layout.sheet, rows: line...line, columns: layout.centerColumns))
            chart.setTitle(title)
            chart.setValueAxis(name: zh ? "万元" : "10k yuan", numberFormat: "#,##0")
            chart.readCategoriesDownwards()
            chart.removeLegend()
            try place(chart, rows: [total])
        }
        let mix = comparison.filledRows.filter { $0.kpi.id.hasPrefix("function_share_") && layout.rows[$0.kpi.id] != nil }
        if !mix.isEmpty {
            let chart = try workbook.addChart(.percentStackedBar)
            for row in mix {
                guard let line = layout.rows[row.kpi.id] else { continue }
                try chart.addSeries(named: row.kpi.name(language), categories: centers,
                                    values: CellRange(sheet: layout.sheet, rows: line...line, columns: layout.centerColumns))
            }
            chart.setTitle(zh ? "功能分类支出结构" : "Function-class mix")
            chart.setValueAxis(name: nil, numberFormat: "0%")
            chart.readCategoriesDownwards()
            chart.placeLegendAtBottom()
            try place(chart, rows: mix)
        }
        if top == 0 {
            try writer.noData(row: 0)
        }
        try writer.finish(headerRows: nil, pageBreaks: pageBreaks)
    }

    /// What a reader must know before comparing the bars: the years and bases they mix.
    private func warning(_ rows: [Comparison.Row]) -> String? {
        let values = rows.flatMap { $0.cells.values.map(\.value) }
        let years = Set(values.compactMap(\.year)).sorted().map(String.init)
        let bases = Set(values.map(\.basis)).map { Vocabulary.basis($0, language) }.sorted()
        guard years.count > 1 || bases.count > 1 else { return nil }
        let zh = language == .zh
        var parts: [String] = []
        if years.count > 1 { parts.append(zh ? "年度 \(years.joined(separator: "、"))" : "years \(years.joined(separator: ", "))") }
        if bases.count > 1 { parts.append(zh ? bases.joined(separator: "与") : bases.joined(separator: " and ")) }
        return zh ? "注意：本图混合了\(parts.joined(separator: "，"))的数字，不宜直接比较（† 见概览）"
                  : "Caution: this chart mixes \(parts.joined(separator: "; ")); do not compare the bars directly († on the Overview)"
    }
}
