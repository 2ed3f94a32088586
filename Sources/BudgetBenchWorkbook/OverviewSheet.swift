import BudgetBenchCompare
import BudgetBenchXLSX
import Foundation

/// 概览: KPI rows × center columns, peer statistics, ranks, a colour scale per row and notes.
struct OverviewSheet {
    /// Where the charts find their data.
    struct Layout {
        var sheet: String
        var headerRow: Int
        var centerColumns: ClosedRange<Int>
        var rows: [String: Int]
    }

    static let name = "概览 Overview"
    static let headerRow = 3

    let comparison: Comparison
    let language: Language

    func write(into workbook: Workbook) throws -> Layout {
        let writer = try SheetWriter(workbook: workbook, name: Self.name)
        let centers = comparison.centers
        let zh = language == .zh
        try writer.text(zh ? "BudgetBench 同业对标" : "BudgetBench peer benchmark", row: 0, column: 0, style: Styles.title, fits: false)
        let scope = comparison.year.map { zh ? "\($0) 年度报告" : "reports of \($0)" } ?? (zh ? "各中心最近年度的报告" : "each center's latest reports")
        try writer.text(zh ? "\(centers.count) 个中心，\(scope)；灰色斜体 = 年度或口径与该行多数不同；排名 1 为最高"
                           : "\(centers.count) centers, \(scope); grey italics = other year or basis than most of the row; rank 1 = highest",
                        row: 1, column: 0, style: Styles.subtitle, fits: false)
        let first = 2, statistics = first + centers.count, rankColumn = statistics + 3, noteColumn = rankColumn + centers.count
        try writer.header([zh ? "指标" : "KPI", zh ? "单位" : "Unit"] + centers.map(\.name)
                          + [Heading("中位数", "Median"), Heading("最小值", "Min"), Heading("最大值", "Max")].texts(language)
                          + centers.map { (zh ? "排名 " : "Rank ") + $0.name } + [zh ? "说明" : "Notes"], row: Self.headerRow)
        var rows: [String: Int] = [:]
        for (offset, row) in comparison.filledRows.enumerated() {
            let line = Self.headerRow + 1 + offset
            rows[row.kpi.id] = line
            try writer.text(row.kpi.name(language), row: line, column: 0, style: Styles.text)
            try writer.text(row.kpi.unit == .share ? "%" : row.kpi.unit.rawValue, row: line, column: 1, style: Styles.text)
            for (index, center) in centers.enumerated() {
                let cell = row.cells[center.key]
                let style = Styles.number(row.kpi.unit, flagged: cell?.comparable == false)
                if let text = cell?.value.text {
                    try writer.text(text, row: line, column: first + index, style: style)
                } else {
                    try writer.value(cell?.value.number.map(Comparison.rounded), row: line, column: first + index, style: style)
                }
                try writer.value(cell?.rank.map { Decimal($0) }, row: line, column: rankColumn + index, style: Styles.integer)
            }
            for (index, statistic) in [row.median, row.minimum, row.maximum].enumerated() {
                try writer.value(statistic.map(Comparison.rounded), row: line, column: statistics + index,
                                 style: Styles.number(row.kpi.unit, statistic: true))
            }
            let choices = centers.compactMap { center in row.cells[center.key]?.choice.map { "\(center.name): \($0)" } }
            try writer.text(([row.note] + choices).filter { !$0.isEmpty }.joined(separator: "; "), row: line, column: noteColumn,
                            style: Styles.text)
            if centers.count > 1, row.kpi.unit != .text {
                try writer.sheet.colorScale(rows: line...line, columns: first...(statistics - 1))
            }
        }
        writer.sheet.freezePanes(row: Self.headerRow + 1, column: 2)
        try writer.finish(headerRows: Self.headerRow...Self.headerRow)
        return Layout(sheet: Self.name, headerRow: Self.headerRow, centerColumns: first...(statistics - 1), rows: rows)
    }
}
