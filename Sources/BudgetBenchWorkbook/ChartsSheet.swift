import BudgetBenchCompare
import BudgetBenchXLSX

/// 图表: total expenditure by unit (bars) and the function-class mix (stacked to 100 %), one
/// page each, with a warning above a chart whose values mix years or bases, and on a last page
/// the figures they plot: the charts read them from there, one unit per row, so the Overview's
/// columns can put the focus unit's standing beside its values.
struct ChartsSheet {
    static func name(_ language: Language) -> String { language == .zh ? "图表" : "Charts" }

    /// A4 landscape at 100 % holds 1,027 × 700 pixels inside the margins; a chart is anchored to
    /// cells, and LibreOffice draws columns wider than Excel, so it keeps a margin.
    static let chartWidth = 880.0
    static let maximumHeight = 620.0
    /// Pixels per bar group, so every unit's name has room on the axis.
    static let pixelsPerCategory = 30.0
    static let rowPixels = 20.0

    let comparison: Comparison
    /// In the Overview's order: the focus unit first.
    let centers: [PeerCenter]
    let language: Language

    func write(into workbook: Workbook) throws {
        let writer = try SheetWriter(workbook: workbook, name: Self.name(language), language: language)
        let zh = language == .zh
        let total = comparison.filledRows.first { $0.kpi.id == "total_expenditure" }
        let mix = comparison.filledRows.filter { $0.kpi.id.hasPrefix("function_share_") }
        let plotted = (total.map { [$0] } ?? []) + mix
        guard !plotted.isEmpty, !centers.isEmpty else {
            try writer.noData(row: 0)
            try writer.finish(headerRows: nil)
            return
        }
        let height = min(Self.maximumHeight, max(300, 110 + Self.pixelsPerCategory * Double(centers.count)))
        let rowsPerChart = Int((height / Self.rowPixels).rounded(.up)) + 2
        let charts = (total == nil ? 0 : 1) + (mix.isEmpty ? 0 : 1)
        let dataHeader = charts * rowsPerChart
        let dataRows = (dataHeader + 1)...(dataHeader + centers.count)
        let categories = CellRange(sheet: writer.name, rows: dataRows, columns: 0...0)
        // Column 0 names the units, then one column per plotted KPI.
        let dataColumns = Dictionary(uniqueKeysWithValues: plotted.enumerated().map { ($1.kpi.id, $0 + 1) })
        let column = { (row: Comparison.Row) in
            CellRange(sheet: writer.name, rows: dataRows, columns: dataColumns[row.kpi.id, default: 1]...dataColumns[row.kpi.id, default: 1])
        }
        var top = 0
        func place(_ chart: Chart, rows: [Comparison.Row]) throws {
            if let warning = warning(rows) {
                try writer.text(warning, row: top, column: 0, style: CellStyle(bold: true, fontColor: 0xC00000), fits: false)
            }
            try writer.sheet.insert(chart, row: top + 1, column: 0, width: Self.chartWidth, height: height)
            top += rowsPerChart
        }
        if let total {
            let title = zh ? "支出总额（万元）" : "Total expenditure (10k yuan)"
            let chart = try workbook.addChart(.clusteredBar)
            try chart.addSeries(named: title, categories: categories, values: column(total))
            chart.setTitle(title)
            chart.setValueAxis(name: zh ? "万元" : "10k yuan", numberFormat: "#,##0")
            chart.readCategoriesDownwards()
            chart.removeLegend()
            try place(chart, rows: [total])
        }
        if !mix.isEmpty {
            let chart = try workbook.addChart(.percentStackedBar)
            for row in mix {
                try chart.addSeries(named: row.kpi.name(language), categories: categories, values: column(row))
            }
            chart.setTitle(zh ? "功能分类支出结构" : "Function-class mix")
            chart.setValueAxis(name: nil, numberFormat: "0%")
            chart.readCategoriesDownwards()
            chart.placeLegendAtBottom()
            try place(chart, rows: mix)
        }
        try writer.header([zh ? "图表数据：单位" : "Chart data: unit"] + plotted.map { $0.kpi.name(language) }, row: dataHeader)
        for (offset, center) in centers.enumerated() {
            try writer.text(center.name, row: dataHeader + 1 + offset, column: 0, style: Styles.text)
            for row in plotted {
                try writer.value(row.cells[center.key]?.value.number.map { KPIFormat.rounded($0, unit: row.kpi.unit) },
                                 row: dataHeader + 1 + offset, column: dataColumns[row.kpi.id, default: 1], style: Styles.number(row.kpi.unit))
            }
        }
        try writer.finish(headerRows: nil, pageBreaks: (1...charts).map { $0 * rowsPerChart })
    }

    /// What a reader must know before comparing the bars: the years and bases they mix.
    private func warning(_ rows: [Comparison.Row]) -> String? {
        let values = rows.flatMap { $0.cells.values.map(\.value) }
        let years = Set(values.compactMap(\.year)).sorted().map(String.init)
        let bases = Set(values.map(\.basis)).map { $0.name(language) }.sorted()
        guard years.count > 1 || bases.count > 1 else { return nil }
        let zh = language == .zh
        var parts: [String] = []
        if years.count > 1 { parts.append(zh ? "年度 \(years.joined(separator: "、"))" : "years \(years.joined(separator: ", "))") }
        if bases.count > 1 { parts.append(zh ? bases.joined(separator: "与") : bases.joined(separator: " and ")) }
        return zh ? "注意：本图混合了\(parts.joined(separator: "，"))的数字，不宜直接比较（† 见概览）"
                  : "Caution: this chart mixes \(parts.joined(separator: "; ")); do not compare the bars directly († on the Overview)"
    }
}
