import Foundation

/// Checks the narrative's headline figures against the main function-classified table.
struct NarrativeChecker: Sendable {
    /// Fact keys and the table column they restate.
    static let restated = [("total_expenditure", "total"), ("basic_expenditure", "basic"), ("project_expenditure", "project")]

    let amounts: [Amount]

    func checks(_ facts: [Fact]) -> [IdentityCheck] {
        let main = Set(amounts.mainTable(.function).map(\.table))
        return Self.restated.compactMap { key, measure in
            let column = amounts.indices.filter {
                main.contains(amounts[$0].table) && amounts[$0].measure == measure && amounts[$0].code.count == 3 && !amounts[$0].isTotal
            }
            guard let fact = facts.first(where: { $0.key == key && $0.unit == "万元" }), let stated = Decimal(string: fact.value),
                  let first = column.first.map({ amounts[$0] }) else { return nil }
            let sum = column.reduce(Decimal(0)) { $0 + amounts[$1].value }
            let tolerance = column.reduce(AmountReader.resolution(fact.value, scale: 1)) { $0 + amounts[$1].resolution } / 2
            return IdentityCheck(kind: .statedInNarrative, members: column,
                                 finding: Finding.comparing(.narrativeDiffersFromTable, printed: stated, sum: sum, tolerance: tolerance,
                                                            parts: "the Σ 类 of table \(first.table)", table: first.table,
                                                            page: fact.page, code: "", measure: measure))
        }
    }
}
