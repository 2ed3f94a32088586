import Foundation

/// How a KPI value reads on a terminal and which Excel number format shows it.
public enum KPIFormat {
    public static func text(_ number: Decimal, unit: KPI.Unit) -> String {
        let value = NSDecimalNumber(decimal: number).doubleValue
        switch unit {
        case .share: return String(format: "%.1f%%", value * 100)
        case .people, .count: return String(format: "%.0f", value)
        case .wanYuan, .yuan, .wanYuanPerPerson, .yiYuan, .wanPayments, .points, .text:
            return grouped(value)
        }
    }

    /// Decimal places a value keeps in the workbook and the exports: a money ratio (per person,
    /// per 1,000 payments) to the fen as it prints, counts whole, the rest to `Comparison.ratioDigits`.
    public static func digits(_ unit: KPI.Unit) -> Int {
        switch unit {
        case .wanYuanPerPerson, .yuan: 2
        case .people, .count: 0
        default: Comparison.ratioDigits
        }
    }

    /// `number` cut to the `digits(unit)` places it prints with.
    public static func rounded(_ number: Decimal, unit: KPI.Unit) -> Decimal {
        var value = number, result = Decimal()
        NSDecimalRound(&result, &value, digits(unit), .plain)
        return result
    }

    /// The Excel number format of a unit.
    public static func excel(_ unit: KPI.Unit) -> String {
        switch unit {
        case .share: "0.0%"
        case .people, .count: "#,##0"
        default: "#,##0.00"
        }
    }

    /// Two decimals with thousands separators: 4,339.00.
    private static func grouped(_ value: Double) -> String {
        let fixed = String(format: "%.2f", abs(value))
        let whole = fixed.prefix { $0 != "." }
        var digits = ""
        for (index, digit) in whole.enumerated() {
            if index > 0, (whole.count - index).isMultiple(of: 3) { digits.append(",") }
            digits.append(digit)
        }
        return (value < 0 ? "-" : "") + digits + fixed.drop { $0 != "." }
    }
}
