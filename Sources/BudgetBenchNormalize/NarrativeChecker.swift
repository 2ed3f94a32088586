import Foundation

/// Checks the narrative's headline figures against the main function-classified table.
public struct NarrativeChecker: Sendable {
    /// Fact keys and the table column they restate.
    static let restated = [("total_expenditure", "total"), ("basic_expenditure", "basic"), ("project_expenditure", "project")]

    public init() {}

    public func findings(_ facts: [Fact], amounts: [Amount]) -> [Finding] {
        let classes = amounts.mainTable(.function).classes
        return Self.restated.compactMap { key, measure in
            let column = classes.column(measure)
            guard let fact = facts.first(where: { $0.key == key && $0.unit == "万元" }), let stated = Decimal(string: fact.value),
                  let first = column.first else { return nil }
            let tolerance = column.reduce(AmountReader.resolution(fact.value, scale: 1)) { $0 + $1.resolution } / 2
            return Finding.comparing(.narrativeDiffersFromTable, printed: stated, sum: column.sum,
                                     tolerance: tolerance, parts: "the Σ 类 of table \(first.table)", table: first.table,
                                     page: fact.page, code: "", measure: measure)
        }
    }
}
