import BudgetBenchStore
import Foundation

extension Comparison {
    /// Digits kept for shares and other ratios; sums of printed amounts have fewer and stay exact.
    static let ratioDigits = 6

    /// One line per KPI and center, the same numbers the workbook holds (shares as fractions).
    public func flat(_ language: Language) -> FlatTable {
        let columns = ["kpi", "name", "unit", "center", "center_name", "value", "text", "year", "basis", "kind", "file", "page",
                       "rank", "median", "min", "max", "comparable", "note", "choice"]
        var rows: [[FlatTable.Value]] = []
        for row in filledRows {
            for center in centers {
                guard let cell = row.cells[center.key] else { continue }
                let value = cell.value
                rows.append([.text(row.kpi.id), .text(row.kpi.name(language)), .text(row.kpi.unit.rawValue), .text(center.key),
                             .text(center.name), Self.number(value.number, row.kpi.unit), value.text.map(FlatTable.Value.text) ?? .null,
                             value.year.map { .integer(Int64($0)) } ?? .null, .text(value.basis.rawValue),
                             .text(value.kind?.rawValue ?? ""), .text(value.file), .integer(Int64(value.page)),
                             cell.rank.map { .integer(Int64($0)) } ?? .null, Self.number(row.median, row.kpi.unit),
                             Self.number(row.minimum, row.kpi.unit), Self.number(row.maximum, row.kpi.unit),
                             .integer(cell.comparable ? 1 : 0), .text(row.note(language)), .text(cell.choice?.text(chosen: value, language) ?? "")])
            }
        }
        return FlatTable(columns: columns, rows: rows)
    }

    /// A KPI number as exact decimal text at the places it prints with.
    private static func number(_ number: Decimal?, _ unit: KPI.Unit) -> FlatTable.Value {
        number.map { .text(KPIFormat.rounded($0, unit: unit).exactString) } ?? .null
    }
}
