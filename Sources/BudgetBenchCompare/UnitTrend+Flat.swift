import BudgetBenchStore
import Foundation

extension UnitTrend {
    /// One line per KPI and year: value, change and growth from the year before, and where the value was read.
    public func flat(_ language: Language) -> FlatTable {
        let columns = ["kpi", "name", "unit", "center", "center_name", "year", "value", "text", "change", "growth", "basis", "kind", "file",
                       "page", "note"]
        var lines: [[FlatTable.Value]] = []
        for row in rows {
            for year in years {
                guard let value = row.values[year] else { continue }
                lines.append([.text(row.kpi.id), .text(row.kpi.name(language)), .text(row.kpi.unit.rawValue), .text(center.key),
                              .text(center.name), .integer(Int64(year)), Self.number(value.number, row.kpi.unit),
                              value.text.map(FlatTable.Value.text) ?? .null, Self.number(row.changes[year], row.kpi.unit),
                              Self.number(row.growth[year], .share), .text(value.basis.rawValue),
                              .text(value.kind?.rawValue ?? ""), .text(value.file), .integer(Int64(value.page)), .text(row.notes[year] ?? "")])
            }
        }
        return FlatTable(columns: columns, rows: lines)
    }

    private static func number(_ number: Decimal?, _ unit: KPI.Unit) -> FlatTable.Value {
        number.map { .text(KPIFormat.rounded($0, unit: unit).exactString) } ?? .null
    }
}
