import GRDB

extension ReportStore {
    public func userChoices() throws -> UserChoices {
        try queue.read { db in
            UserChoices(units: try FlatTable(db, sql: UserChoices.selectUnits), groups: try FlatTable(db, sql: UserChoices.selectGroups))
        }
    }

    public func save(_ choice: UnitChoice) throws {
        try queue.write { db in
            try db.execute(sql: UserChoices.upsertUnit, arguments: StatementArguments(UserChoices.values(choice).map(\.databaseValue)))
        }
    }

    public func setGroup(path: String, to group: String?) throws {
        try queue.write { db in
            try db.execute(sql: UserChoices.deleteGroup, arguments: [path])
            if let group {
                try db.execute(sql: UserChoices.insertGroup, arguments: [path, group])
            }
        }
    }
}
