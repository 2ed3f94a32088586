import BudgetBenchCompare
import BudgetBenchXLSX

/// 说明: one numbered note per Overview row (the KPI's direction and why, mixed years or bases,
/// figures failing their sums, which report was chosen), so the Overview keeps a short mark and
/// long text wraps in one bounded column here.
struct NotesSheet {
    struct Note {
        var mark: String
        var kpi: String
        var text: String
    }

    /// Characters of the note column: wide enough to read, narrow enough for A4 landscape.
    static let textWidth = 90.0

    let language: Language
    private(set) var notes: [Note] = []
    private var marks: [String: String] = [:]

    static func name(_ language: Language) -> String { language == .zh ? "说明" : "Notes" }

    init(comparison: Comparison, centers: [PeerCenter], language: Language) {
        self.language = language
        for row in comparison.filledRows {
            let text = Self.text(row, centers: centers, language: language)
            guard !text.isEmpty else { continue }
            let mark = (language == .zh ? "注" : "N") + String(notes.count + 1)
            notes.append(Note(mark: mark, kpi: row.kpi.name(language), text: text))
            marks[row.kpi.id] = mark
        }
    }

    func mark(for row: Comparison.Row) -> String {
        marks[row.kpi.id] ?? ""
    }

    private static func text(_ row: Comparison.Row, centers: [PeerCenter], language: Language) -> String {
        let zh = language == .zh
        var parts: [String] = []
        if row.kpi.unit != .text {
            parts.append("\(Vocabulary.direction(row.kpi.direction, language))\(zh ? "：" : ": ")\(row.kpi.reason.text(language))")
        }
        let note = row.note(language)
        if !note.isEmpty {
            parts.append(note)
        }
        // The rule once, then what it chose for each unit with several reports that supply the KPI.
        let choices = centers.compactMap { center -> String? in
            guard let cell = row.cells[center.key], cell.choice != nil else { return nil }
            let source = Vocabulary.source(year: cell.value.year, kind: cell.value.kind, basis: nil, language)
            return zh ? "\(center.name)取 \(cell.value.file)（\(source)）" : "\(center.name): \(cell.value.file) (\(source))"
        }
        if !choices.isEmpty {
            parts.append((zh ? "有多份报告的单位先取最近年度、再按报告类型选定一份：" : "units with several reports: latest year first, then kind of report: ")
                         + choices.joined(separator: zh ? "，" : ", "))
        }
        return parts.joined(separator: zh ? "；" : "; ")
    }

    func write(into workbook: Workbook) throws {
        let zh = language == .zh
        let writer = try SheetWriter(workbook: workbook, name: Self.name(language), language: language)
        try writer.header([zh ? "注" : "Note", zh ? "指标" : "KPI", zh ? "说明" : "Explanation"], row: 0)
        writer.bound(column: 2, width: Self.textWidth)
        for (offset, note) in notes.enumerated() {
            try writer.text(note.mark, row: offset + 1, column: 0, style: Styles.text)
            try writer.text(note.kpi, row: offset + 1, column: 1, style: Styles.text)
            try writer.text(note.text, row: offset + 1, column: 2, style: Styles.wrapped)
        }
        if notes.isEmpty {
            try writer.noData(row: 1)
        }
        writer.sheet.freezePanes(row: 1, column: 0)
        try writer.finish(headerRows: 0...0)
    }
}
