import BudgetBenchCompare
import BudgetBenchNormalize
import BudgetBenchStore
import BudgetBenchXLSX
import Foundation

/// 功能分类 / 经济分类: the 类/款/项 tree × centers, amount and share, 款 and 项 folded in outline groups.
struct ClassificationSheet {
    let scheme: Amount.Scheme
    let comparison: Comparison
    /// Units in column order.
    let centers: [PeerCenter]
    let reports: [Int64: StoredReport]
    let language: Language

    var name: String {
        switch (scheme, language) {
        case (.function, .zh): "功能分类"
        case (.function, .en): "Function classes"
        case (_, .zh): "经济分类"
        case (_, .en): "Economic classes"
        }
    }

    /// The report each center's figures come from: the one chosen for the scheme's headline KPI.
    private func sources() -> [(center: PeerCenter, rows: [Amount], report: StoredReport)] {
        let kpi = scheme == .function ? "total_expenditure" : "personnel_share"
        let row = comparison.rows.first { $0.kpi.id == kpi }
        return centers.compactMap { center in
            guard let id = row?.cells[center.key]?.value.reportID, let report = reports[id] else { return nil }
            let rows = report.amounts.mainTable(scheme).column("total").filter { !$0.isTotal }
            return rows.isEmpty ? nil : (center, rows, report)
        }
    }

    func write(into workbook: Workbook) throws {
        let writer = try SheetWriter(workbook: workbook, name: name, language: language)
        let sources = sources()
        let zh = language == .zh
        try writer.header([zh ? "科目编码" : "Code", zh ? "科目名称" : "Name"] + sources.flatMap { [$0.center.name, ""] }, row: 0)
        try writer.header(["", ""] + sources.flatMap { source in
            [Vocabulary.source(year: source.report.identity.year, kind: source.report.identity.kind, basis: source.rows.first?.basis, language), ""]
        }, row: 1)
        try writer.header(["", ""] + sources.flatMap { _ in [zh ? "金额（万元）" : "10k yuan", zh ? "占比" : "Share"] }, row: 2)
        // Each code with the names its reports print, in source order: the classification was
        // reformed, so one code can carry different names in different years (30311 住房公积金 in
        // 2017, 代缴社会保险费 from 2018), and the row says so rather than naming all by one year's.
        var names: [String: [String]] = [:]
        for source in sources {
            for amount in source.rows where !(names[amount.code] ?? []).contains(Self.compact(amount.name)) {
                names[amount.code, default: []].append(Self.compact(amount.name))
            }
        }
        let codes = names.keys.sorted()
        for (offset, code) in codes.enumerated() {
            let line = 3 + offset
            let level = code.count == 3 ? 0 : (code.count == 5 ? 1 : 2)
            try writer.text(code, row: line, column: 0, style: Styles.text)
            try writer.text((names[code] ?? []).joined(separator: " / "), row: line, column: 1, style: Styles.indented(level))
            for (index, source) in sources.enumerated() {
                let total = source.rows.classes.sum
                let value = source.rows.first { $0.code == code }?.value
                try writer.value(value, row: line, column: 2 + 2 * index, style: Styles.money)
                try writer.value(value.flatMap { total > 0 ? KPIFormat.rounded($0 / total, unit: .share) : nil }, row: line, column: 3 + 2 * index,
                                 style: Styles.share)
            }
            if level > 0 {
                writer.outline(level: level, row: line)
            }
        }
        if codes.isEmpty {
            try writer.noData(row: 3)
        }
        let footer = 4 + codes.count
        writer.spanning(zh ? "来源" : "Sources", row: footer, columns: 0...1, style: CellStyle(bold: true))
        for (index, source) in sources.enumerated() {
            let page = source.rows.map(\.page).min() ?? 0
            let place = zh ? "\(source.report.fileName) 第 \(page) 页" : "\(source.report.fileName), page \(page)"
            writer.spanning("\(source.center.name)\(zh ? "：" : ": ")\(place)", row: footer + 1 + index, columns: 0...1, style: Styles.subtitle)
        }
        writer.sheet.freezePanes(row: 3, column: 2)
        try writer.finish(headerRows: 0...2, labelColumns: 0...1)
    }

    /// A printed name without the spaces of a wrapped cell.
    private static func compact(_ name: String) -> String {
        name.filter { !$0.isWhitespace }
    }
}
