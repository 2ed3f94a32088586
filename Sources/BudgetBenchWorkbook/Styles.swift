import BudgetBenchCompare
import BudgetBenchXLSX

/// The workbook's cell styles, in one place so every sheet looks alike.
///
/// Body text is the default 11 pt and headers 12 pt, so that at the smallest print scale the
/// sheets allow (`SheetWriter.minimumScale`, 85 %) body text prints at 9.35 pt and headers at 10.2 pt.
enum Styles {
    static let headerSize = 12.0
    static let title = CellStyle(bold: true, fontSize: 14)
    static let subtitle = CellStyle(fontColor: 0x404040)
    static let header = CellStyle(bold: true, fontSize: headerSize, fill: .solid(0xDDEBF7), wrap: true, border: true, centered: true)
    static let text = CellStyle(border: true)
    static let wrapped = CellStyle(wrap: true, border: true)
    static let money = CellStyle(numberFormat: "#,##0.00", border: true)
    static let share = CellStyle(numberFormat: "0.0%", border: true)
    static let integer = CellStyle(numberFormat: "#,##0", border: true)
    /// A year or a page: a plain integer, never `2,025`.
    static let plainInteger = CellStyle(numberFormat: "0", border: true)
    /// The focus unit's column.
    static let focusFill = CellStyle.Fill.solid(0xFFF2CC)

    /// How a KPI value cell reads. A value that is not comparable with its row keeps black text
    /// on a hatched ground, with its mark (†, ‡) printed after the number, since a colour alone
    /// is lost on a grey-scale printer.
    static func number(_ unit: KPI.Unit, mark: String? = nil, statistic: Bool = false, focus: Bool = false) -> CellStyle {
        var style = CellStyle(numberFormat: KPIFormat.excel(unit) + (mark.map { "\" \($0)\"" } ?? ""), border: true)
        if mark != nil {
            style.fill = .hatched(0xA6A6A6)
        } else if statistic {
            style.fill = .solid(0xF2F2F2)
        } else if focus {
            style.fill = focusFill
        }
        return style
    }

    static func indented(_ level: Int) -> CellStyle {
        CellStyle(bold: level == 0, indent: level, border: true)
    }

    /// Green is good, red bad; neutral KPIs get a plain bar that only shows size.
    static func shading(_ direction: KPI.Direction) -> Worksheet.Shading {
        let red: UInt32 = 0xF8696B, yellow: UInt32 = 0xFFEB84, green: UInt32 = 0x63BE7B
        switch direction {
        case .higherIsBetter: return .colorScale(lowest: red, middle: yellow, highest: green)
        case .lowerIsBetter: return .colorScale(lowest: green, middle: yellow, highest: red)
        case .neutral: return .dataBar(0x9DC3E6)
        }
    }
}
