import BudgetBenchCompare
import BudgetBenchNormalize
import BudgetBenchStore
import BudgetBenchXLSX
import Foundation

/// 单位画像: one printed page per unit: its key figures with rank and peer median, its function
/// and economic mix (tables and bar charts), its indicator profile and how many findings its
/// reports raise.
struct ProfileSheet {
    /// The KPIs of the key-figure block, in reading order.
    static let keyFigures = ["total_expenditure", "basic_share", "project_share", "personnel_share", "sangong_total", "sangong_per_staff",
                             "staff_authorized", "staff_actual", "execution_rate", "evaluation_score", "evaluation_grade",
                             "indicator_count", "indicator_output_count", "indicator_effect_count", "indicator_satisfaction_count",
                             "quantitative_target_share"]
    static let chartHeight = 210.0, chartWidth = 430.0

    let center: PeerCenter
    let comparison: Comparison
    let reports: [Int64: StoredReport]
    let name: String
    let language: Language

    static func profiles(of centers: [PeerCenter], comparison: Comparison, reports: [Int64: StoredReport], language: Language) -> [ProfileSheet] {
        var names: Set<String> = []
        return centers.map { center in
            ProfileSheet(center: center, comparison: comparison, reports: reports,
                         name: SheetWriter.sheetName((language == .zh ? "画像 " : "Profile ") + center.name, taken: &names), language: language)
        }
    }

    func write(into workbook: Workbook) throws {
        let writer = try SheetWriter(workbook: workbook, name: name, language: language)
        let zh = language == .zh
        writer.title(zh ? "单位画像：\(center.name)" : "Profile: \(center.name)", columns: 0...3)
        try writer.text(zh ? "依据 \(center.reports.count) 份报告（列于本页下方）" : "From \(center.reports.count) reports (listed below)",
                        row: 1, column: 0, style: Styles.subtitle, fits: false)
        let top = 3
        try writer.header([zh ? "指标" : "KPI", zh ? "数值" : "Value", zh ? "排名" : "Rank", zh ? "同业中位数" : "Peer median"], row: top)
        var line = top + 1
        for id in Self.keyFigures {
            guard let row = comparison.filledRows.first(where: { $0.kpi.id == id }), let cell = row.cells[center.key] else { continue }
            let mark = OverviewSheet.mark(cell)
            try writer.text(row.kpi.name(language) + (row.kpi.unit == .share || row.kpi.unit == .text ? "" : "（\(row.kpi.unit.name(language))）"),
                            row: line, column: 0, style: Styles.text)
            if let text = cell.value.text {
                try writer.text(text, row: line, column: 1, style: Styles.number(row.kpi.unit, mark: mark))
            } else {
                try writer.value(cell.value.number.map { KPIFormat.rounded($0, unit: row.kpi.unit) }, row: line, column: 1,
                                 style: Styles.number(row.kpi.unit, mark: mark))
            }
            let ranked = row.cells.values.count { $0.rank != nil }
            try writer.text(cell.rank.map { "\($0) / \(ranked)" } ?? "", row: line, column: 2, style: CellStyle(border: true, centered: true))
            try writer.value(row.median.map { KPIFormat.rounded($0, unit: row.kpi.unit) }, row: line, column: 3,
                             style: Styles.number(row.kpi.unit, statistic: true))
            line += 1
        }
        let findings = center.reports.flatMap(\.findings)
        let rounding = findings.count { $0.kind == .roundingDifference }
        try writer.text(zh ? "校验发现（另有尾数误差 \(rounding) 处）" : "Findings (besides \(rounding) rounding differences)", row: line, column: 0,
                        style: Styles.text)
        try writer.value(Decimal(findings.count - rounding), row: line, column: 1, style: Styles.plainInteger)
        // One line per report, so a long list never runs past the page's edge.
        for (offset, report) in center.reports.enumerated() {
            try writer.text(report.fileName, row: line + 2 + offset, column: 0, style: Styles.subtitle, fits: false)
        }
        let mixes = [Amount.Scheme.function, .economic].map(classes)
        let chartRow = max(line + 3 + center.reports.count, top + 2 + (mixes.map(\.count).max() ?? 0))
        for (index, scheme) in [Amount.Scheme.function, .economic].enumerated() {
            try writeMix(scheme, classes: mixes[index], column: 5 + 3 * index, top: top, chartRow: chartRow, chartColumn: 5 * index,
                         writer: writer, workbook: workbook)
        }
        try writer.finish(headerRows: nil)
    }

    /// The unit's 类 rows of `scheme` in the report its Overview figures come from.
    private func classes(_ scheme: Amount.Scheme) -> [Amount] {
        let kpi = scheme == .function ? "total_expenditure" : "personnel_share"
        guard let id = comparison.rows.first(where: { $0.kpi.id == kpi })?.cells[center.key]?.value.reportID, let report = reports[id] else { return [] }
        return report.amounts.mainTable(scheme).column("total").classes
    }

    /// The shares of `classes`: a two-column table at `column` and a bar chart below the key figures.
    private func writeMix(_ scheme: Amount.Scheme, classes: [Amount], column: Int, top: Int, chartRow: Int, chartColumn: Int,
                          writer: SheetWriter, workbook: Workbook) throws {
        let total = classes.sum
        guard !classes.isEmpty, total > 0 else { return }
        let zh = language == .zh
        let title = scheme == .function ? (zh ? "功能分类结构" : "Function-class mix") : (zh ? "经济分类结构" : "Economic-class mix")
        try writer.header([title, zh ? "占比" : "Share"], row: top, from: column)
        for (offset, amount) in classes.enumerated() {
            try writer.text("\(amount.code) \(amount.name)", row: top + 1 + offset, column: column, style: Styles.text)
            try writer.value(KPIFormat.rounded(amount.value / total, unit: .share), row: top + 1 + offset, column: column + 1, style: Styles.share)
        }
        let chart = try workbook.addChart(.clusteredBar)
        let rows = (top + 1)...(top + classes.count)
        try chart.addSeries(named: title, categories: CellRange(sheet: name, rows: rows, columns: column...column),
                            values: CellRange(sheet: name, rows: rows, columns: (column + 1)...(column + 1)))
        chart.setTitle(title)
        chart.setValueAxis(name: nil, numberFormat: "0%")
        chart.readCategoriesDownwards()
        chart.removeLegend()
        try writer.sheet.insert(chart, row: chartRow, column: chartColumn, width: Self.chartWidth, height: Self.chartHeight)
    }
}
