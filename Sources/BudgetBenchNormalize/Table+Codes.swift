import BudgetBenchSegment

extension Table {
    /// Rows needed before a table counts as classified.
    static let codedRowsNeeded = 3

    /// The table's body rows start with function- or economic-classification codes (3, 5 or 7
    /// digits in one of their first three cells), as amount tables do.
    public var printsClassificationCodes: Bool {
        body.count { row in row.prefix(3).contains { Names.isCode(Names.compact($0)) } } >= Self.codedRowsNeeded
    }
}
