import BudgetBenchCompare
import BudgetBenchXLSX

/// The workbook's cell styles, in one place so every sheet looks alike.
enum Styles {
    static let title = CellStyle(bold: true)
    static let subtitle = CellStyle(italic: true, fontColor: 0x595959)
    static let header = CellStyle(bold: true, background: 0xDDEBF7, wrap: true, border: true, centered: true)
    static let text = CellStyle(border: true)
    static let money = CellStyle(numberFormat: "#,##0.00", border: true)
    static let share = CellStyle(numberFormat: "0.0%", border: true)
    static let integer = CellStyle(numberFormat: "#,##0", border: true)

    static func number(_ unit: KPI.Unit, flagged: Bool = false, statistic: Bool = false) -> CellStyle {
        var style = CellStyle(numberFormat: KPIFormat.excel(unit), border: true)
        style.italic = flagged
        style.fontColor = flagged ? 0x808080 : nil
        style.background = statistic ? 0xF2F2F2 : nil
        return style
    }

    static func indented(_ level: Int) -> CellStyle {
        CellStyle(bold: level == 0, indent: level, border: true)
    }
}
