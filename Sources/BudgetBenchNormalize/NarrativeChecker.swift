import Foundation

/// Checks the narrative's headline figures against the main function-classified table of the
/// same funds: the check joins the amounts' identities, and tells whether the fact is verified.
struct NarrativeChecker: Sendable {
    /// Fact keys and the table column they restate.
    static let restated: [(key: Fact.Key, measure: String)] = [(.totalExpenditure, "total"), (.basicExpenditure, "basic"), (.projectExpenditure, "project")]

    let amounts: [Amount]

    /// One check per restated level fact a table of its funds prints, with the fact's index.
    func checks(_ facts: [Fact]) -> [(fact: Int, check: IdentityCheck)] {
        facts.indices.compactMap { index in
            let fact = facts[index]
            guard fact.quantity == .level, fact.unit == "万元", let measure = Self.restated.first(where: { $0.key == fact.key })?.measure,
                  let stated = Decimal(string: fact.value) else { return nil }
            let main = Set(amounts.filter { $0.funds == (fact.funds ?? .allFunds) }.mainTable(.function).map(\.table))
            let column = amounts.indices.filter {
                main.contains(amounts[$0].table) && amounts[$0].measure == measure && amounts[$0].code.count == 3 && !amounts[$0].isTotal
            }
            guard let first = column.first.map({ amounts[$0] }) else { return nil }
            let sum = column.reduce(Decimal(0)) { $0 + amounts[$1].value }
            let tolerance = column.reduce(AmountReader.resolution(fact.value, scale: 1)) { $0 + amounts[$1].resolution } / 2
            return (index, IdentityCheck(kind: .statedInNarrative, members: column,
                                         finding: Finding.comparing(.narrativeDiffersFromTable, printed: stated, sum: sum, tolerance: tolerance,
                                                                    parts: "the Σ 类 of table \(first.table)", table: first.table,
                                                                    page: fact.page, code: "", measure: measure)))
        }
    }
}
