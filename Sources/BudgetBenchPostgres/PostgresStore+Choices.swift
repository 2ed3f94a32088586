import BudgetBenchStore

extension PostgresStore {
    public func userChoices() async throws -> UserChoices {
        UserChoices(units: try await session.table(UserChoices.selectUnits, columns: UserChoices.unitColumns),
                    groups: try await session.table(UserChoices.selectGroups, columns: ["path", "logical_report"]))
    }

    public func save(_ choice: UnitChoice) async throws {
        try await session.execute(Self.numbered(UserChoices.upsertUnit), UserChoices.values(choice))
    }

    public func setGroup(path: String, to group: String?) async throws {
        try await session.execute(Self.numbered(UserChoices.deleteGroup), [.text(path)])
        if let group {
            try await session.execute(Self.numbered(UserChoices.insertGroup), [.text(path), .text(group)])
        }
    }

    /// A statement's `?` placeholders as PostgreSQL's `$1, $2, …`.
    static func numbered(_ sql: String) -> String {
        var number = 0
        return String(sql.flatMap { character -> String in
            guard character == "?" else { return String(character) }
            number += 1
            return "$\(number)"
        })
    }
}
