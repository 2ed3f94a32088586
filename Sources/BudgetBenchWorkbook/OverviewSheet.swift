import BudgetBenchCompare
import BudgetBenchNormalize
import BudgetBenchXLSX
import Foundation

/// 概览: a title block, then KPI rows × unit columns with peer statistics, ranks, a shading per
/// row that follows the KPI's direction, and a mark pointing to the row's notes on the 说明 sheet.
/// A focus unit's column comes first, followed at once by its rank, the peer median and its
/// distance from it, so a reader sees its standing beside each of its values.
struct OverviewSheet {
    /// Below the title block: five lines and the focus unit's two.
    static let headerRow = 7
    /// KPI, unit and direction: printed at the left of every page, with the title block above them.
    static let labelColumns = 0...2

    let comparison: Comparison
    let language: Language
    /// Units in column order: the focus unit first.
    let centers: [PeerCenter]
    let focus: PeerCenter?
    let reportCount: Int
    let notes: NotesSheet

    static func name(_ language: Language) -> String { language == .zh ? "概览" : "Overview" }

    /// Where each column of the table is.
    private struct Columns {
        var units: [Int]
        var focus: Int?
        var median: Int
        var minimum: Int
        var ranks: Int
        var note: Int

        init(units count: Int, focused: Bool) {
            let first = OverviewSheet.labelColumns.upperBound + 1
            if focused {
                // Focus value, its rank, the median, the distance and the relative distance, then the others.
                focus = first + 1
                median = first + 2
                units = [first] + (0..<(count - 1)).map { first + 5 + $0 }
                minimum = first + 5 + count - 1
            } else {
                focus = nil
                units = (0..<count).map { first + $0 }
                median = first + count
                minimum = median + 1
            }
            ranks = minimum + 2
            note = ranks + count
        }
    }

    func write(into workbook: Workbook) throws {
        let writer = try SheetWriter(workbook: workbook, name: Self.name(language), language: language)
        let zh = language == .zh
        writeTitle(writer)
        let columns = Columns(units: centers.count, focused: focus != nil)
        var titles = Array(repeating: "", count: columns.note + 1), sources = titles
        for (index, title) in [zh ? "指标" : "KPI", zh ? "单位" : "Unit", zh ? "方向" : "Direction"].enumerated() {
            titles[index] = title
        }
        for (center, column) in zip(centers, columns.units) {
            titles[column] = center.name
            sources[column] = source(center)
        }
        for (offset, center) in centers.enumerated() {
            titles[columns.ranks + offset] = (zh ? "排名\n" : "Rank\n") + center.name
        }
        titles[columns.median] = Heading("中位数", "Median").text(language)
        titles[columns.minimum] = Heading("最小值", "Min").text(language)
        titles[columns.minimum + 1] = Heading("最大值", "Max").text(language)
        if let focus = columns.focus {
            titles[focus] = zh ? "本单位排名" : "Rank of the unit"
            titles[columns.median + 1] = zh ? "与中位数差" : "Minus median"
            titles[columns.median + 2] = zh ? "差幅" : "Vs median"
        }
        titles[columns.note] = zh ? "注" : "Note"
        try writer.header(titles, row: Self.headerRow)
        try writer.header(sources, row: Self.headerRow + 1)
        for (offset, row) in comparison.filledRows.enumerated() {
            let line = Self.headerRow + 2 + offset
            try writer.text(row.kpi.name(language), row: line, column: 0, style: Styles.text)
            try writer.text(row.kpi.unit.name(language), row: line, column: 1, style: Styles.text)
            try writer.text(Vocabulary.arrow(row.kpi.direction), row: line, column: 2, style: CellStyle(border: true, centered: true))
            var shaded: [(row: Int, column: Int)] = []
            for (index, (center, column)) in zip(centers, columns.units).enumerated() {
                let cell = row.cells[center.key]
                let style = Styles.number(row.kpi.unit, mark: cell.flatMap(Self.mark), focus: center.key == focus?.key)
                if let text = cell?.value.text {
                    try writer.text(text, row: line, column: column, style: style)
                } else {
                    try writer.value(cell?.value.number.map { KPIFormat.rounded($0, unit: row.kpi.unit) }, row: line, column: column, style: style)
                }
                if cell?.value.number != nil, cell.flatMap(Self.mark) == nil {
                    shaded.append((line, column))
                }
                try writer.value(cell?.rank.map { Decimal($0) }, row: line, column: columns.ranks + index, style: Styles.integer)
            }
            for (statistic, column) in [(row.median, columns.median), (row.minimum, columns.minimum), (row.maximum, columns.minimum + 1)] {
                try writer.value(statistic.map { KPIFormat.rounded($0, unit: row.kpi.unit) }, row: line, column: column,
                                 style: Styles.number(row.kpi.unit, statistic: true))
            }
            if let focus, let rankColumn = columns.focus {
                try writeFocus(row, focus: focus, writer: writer, line: line, rankColumn: rankColumn, deviationColumn: columns.median + 1)
            }
            try writer.text(notes.mark(for: row), row: line, column: columns.note, style: Styles.text)
            if shaded.count > 1, row.kpi.unit != .text {
                try writer.sheet.shade(shaded, with: Styles.shading(row.kpi.direction))
            }
        }
        if comparison.filledRows.isEmpty {
            try writer.noData(row: Self.headerRow + 2)
        }
        writer.sheet.freezePanes(row: Self.headerRow + 2, column: 3)
        try writer.finish(headerRows: Self.headerRow...(Self.headerRow + 1), labelColumns: Self.labelColumns)
    }

    /// Title, date, unit of amounts, which reports; what the colours and marks mean; where the focus unit stands.
    private func writeTitle(_ writer: SheetWriter) {
        let zh = language == .zh
        let date = Date.now.formatted(.iso8601.year().month().day())
        let years = comparison.years.map { $0.count == 1 ? "\($0.lowerBound)" : "\($0.lowerBound)–\($0.upperBound)" }
        let scope = years.map { zh ? "\($0) 年度" : "of \($0)" } ?? (zh ? "各单位最近年度" : "each unit's latest")
        // Short lines: they wrap within the label columns, above the table on every page across.
        let lines = zh ? [
            "BudgetBench 同业对标：\(centers.count) 个单位",
            "编制 \(date) · 金额单位：万元 · \(reportCount) 份报告，\(scope)（见“来源”）",
            "方向：↑ 越高越好，↓ 越低越好，空白 = 中性；排名 1 = 数值最大",
            "颜色：绿 = 较好，红 = 较差（仅有方向的指标）；蓝条只示大小",
            "† 年度或口径与本行多数不同，‡ 未通过报告合计校验：不着色、不排名；注见“说明”",
        ] : [
            "BudgetBench peer benchmark: \(centers.count) units",
            "Made \(date) · amounts in 10k yuan · \(reportCount) reports, \(scope) (see Sources)",
            "Direction: ↑ higher is better, ↓ lower is better, blank = neutral; rank 1 = largest",
            "Colours: green = better, red = worse (directed KPIs only); blue bars show size only",
            "† other year or basis than the row, ‡ fails its report's sums: not coloured, not ranked; notes: see Notes",
        ]
        writer.title(lines[0], columns: Self.labelColumns)
        for (row, line) in lines.enumerated().dropFirst() {
            writer.spanning(line, row: row, columns: Self.labelColumns, style: Styles.subtitle)
        }
        if let focus {
            for (offset, sentence) in FocusSummary(comparison: comparison, focus: focus, language: language).sentences.enumerated() {
                writer.spanning(sentence, row: lines.count + offset, columns: Self.labelColumns, style: CellStyle(bold: true))
            }
        }
    }

    /// Rank among the ranked units, and the distance from the peer median, absolute and relative.
    private func writeFocus(_ row: Comparison.Row, focus: PeerCenter, writer: SheetWriter, line: Int, rankColumn: Int, deviationColumn: Int) throws {
        let cell = row.cells[focus.key]
        let ranked = row.cells.values.count { $0.rank != nil }
        try writer.text(cell?.rank.map { "\($0) / \(ranked)" } ?? "", row: line, column: rankColumn, style: Styles.text)
        let deviation = FocusSummary.deviation(cell, median: row.median)
        try writer.value(deviation.map { KPIFormat.rounded($0.absolute, unit: row.kpi.unit) }, row: line, column: deviationColumn,
                         style: Styles.number(row.kpi.unit, focus: true))
        try writer.value(deviation?.relative.map { KPIFormat.rounded($0, unit: .share) }, row: line, column: deviationColumn + 1, style: Styles.share)
    }

    /// The year, kind and basis most of a unit's values come from.
    private func source(_ center: PeerCenter) -> String {
        let values = comparison.filledRows.compactMap { $0.cells[center.key]?.value }
        let common = Dictionary(grouping: values) { "\($0.year ?? 0)|\($0.kind?.rawValue ?? "")|\($0.basis.rawValue)" }
            .max { ($0.value.count, $1.key) < ($1.value.count, $0.key) }?.value.first
        return Vocabulary.source(year: common?.year, kind: common?.kind, basis: common?.basis, language)
    }

    /// † for another year or basis than the row, ‡ for a figure failing its report's sums, nil for a comparable value.
    static func mark(_ cell: Comparison.Cell) -> String? {
        if cell.value.contradicted { return "‡" }
        return cell.comparable ? nil : "†"
    }
}
