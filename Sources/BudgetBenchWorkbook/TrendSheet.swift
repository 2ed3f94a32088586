import BudgetBenchCompare
import BudgetBenchXLSX
import Foundation

/// 趋势: for a unit with reports of several years, its KPIs × years (each year's value chosen as
/// the Overview chooses one), the change from the year before, and a line chart of its total
/// expenditure on a page of its own.
struct TrendSheet {
    /// One KPI's value per year.
    struct Line {
        var kpi: KPI
        var values: [Int: KPIValue]
    }

    let center: PeerCenter
    let years: [Int]
    let lines: [Line]
    let name: String
    let language: Language

    /// The units that have reports of at least two years, each with its trend; sheet names are
    /// kept unique within Excel's 31 characters.
    static func trends(of centers: [PeerCenter], language: Language) -> [TrendSheet] {
        var names: Set<String> = []
        return centers.compactMap { center in
            let years = Set(center.reports.compactMap(\.identity.year)).sorted()
            guard years.count > 1 else { return nil }
            var values: [String: Line] = [:]
            var order: [String] = []
            for year in years {
                for row in Comparison(reports: center.reports, years: year...year).filledRows {
                    guard let cell = row.cells[center.key] else { continue }
                    if values[row.kpi.id] == nil { order.append(row.kpi.id) }
                    values[row.kpi.id, default: Line(kpi: row.kpi, values: [:])].values[year] = cell.value
                }
            }
            let name = SheetWriter.sheetName((language == .zh ? "趋势 " : "Trend ") + center.name, taken: &names)
            return TrendSheet(center: center, years: years, lines: order.compactMap { values[$0] }, name: name, language: language)
        }
    }

    static let headerRow = 3

    func write(into workbook: Workbook) throws {
        let writer = try SheetWriter(workbook: workbook, name: name, language: language)
        let zh = language == .zh
        // Label columns, the years and the changes.
        let lastColumn = 2 * years.count
        writer.title(zh ? "趋势：\(center.name)" : "Trend: \(center.name)", columns: 0...lastColumn)
        writer.spanning(zh ? "每年取该年最适合的一份报告（规则同概览）；“较上年”为与上一年度之差，单位同该行"
                           : "Each year's value comes from that year's best-suited report (as on the Overview); “vs prior year” is the difference, in the row's unit",
                        row: 1, columns: 0...lastColumn, style: Styles.subtitle)
        let changes = years.dropFirst().map { zh ? "\($0) 较上年" : "\($0) vs prior year" }
        try writer.header([zh ? "指标" : "KPI", zh ? "单位" : "Unit"] + years.map(String.init) + changes, row: Self.headerRow)
        let sources = years.map { year -> String in
            let values = lines.compactMap { $0.values[year] }
            let common = Dictionary(grouping: values) { "\($0.kind?.rawValue ?? "")|\($0.basis.rawValue)" }.max { $0.value.count < $1.value.count }?.value.first
            return Vocabulary.kindAndBasis(kind: common?.kind, basis: common?.basis, language)
        }
        try writer.header(["", ""] + sources + changes.map { _ in "" }, row: Self.headerRow + 1)
        let first = Self.headerRow + 2
        for (offset, line) in lines.enumerated() {
            let row = first + offset
            try writer.text(line.kpi.name(language), row: row, column: 0, style: Styles.text)
            try writer.text(line.kpi.unit.name(language), row: row, column: 1, style: Styles.text)
            let style = Styles.number(line.kpi.unit)
            for (index, year) in years.enumerated() {
                let value = line.values[year]
                if let text = value?.text {
                    try writer.text(text, row: row, column: 2 + index, style: style)
                } else {
                    try writer.value(value?.number.map { KPIFormat.rounded($0, unit: line.kpi.unit) }, row: row, column: 2 + index, style: style)
                }
            }
            for (index, pair) in zip(years, years.dropFirst()).enumerated() {
                let change = line.values[pair.1]?.number.flatMap { now in line.values[pair.0]?.number.map { now - $0 } }
                try writer.value(change.map { KPIFormat.rounded($0, unit: line.kpi.unit) }, row: row, column: 2 + years.count + index, style: style)
            }
        }
        var breaks: [Int] = []
        if let total = lines.firstIndex(where: { $0.kpi.id == "total_expenditure" }), lines[total].values.count > 1 {
            let chartRow = first + lines.count + 1
            breaks.append(chartRow)
            let chart = try workbook.addChart(.line)
            let title = zh ? "支出总额（万元）" : "Total expenditure (10k yuan)"
            try chart.addSeries(named: title, categories: CellRange(sheet: name, rows: Self.headerRow...Self.headerRow, columns: 2...(1 + years.count)),
                                values: CellRange(sheet: name, rows: (first + total)...(first + total), columns: 2...(1 + years.count)))
            chart.setTitle(title)
            chart.setValueAxis(name: zh ? "万元" : "10k yuan", numberFormat: "#,##0")
            chart.removeLegend()
            try writer.sheet.insert(chart, row: chartRow, column: 0, width: ChartsSheet.chartWidth, height: 420)
        }
        writer.sheet.freezePanes(row: first, column: 2)
        try writer.finish(headerRows: Self.headerRow...(Self.headerRow + 1), labelColumns: 0...1, pageBreaks: breaks)
    }
}
