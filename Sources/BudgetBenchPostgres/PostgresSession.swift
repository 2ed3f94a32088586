import BudgetBenchStore
import Foundation
import BudgetBenchNormalize
import PostgresNIO

/// One connection to the server, with the few ways the store and the queue use it: a
/// statement, a result as a `FlatTable`, a transaction.
///
/// A session is used by one task at a time (the store's writer, or the queue's loop); what
/// runs concurrently, such as heartbeats, has a session of its own, so a transaction never
/// takes in another task's statement.
final class PostgresSession: Sendable {
    let connection: PostgresConnection
    let location: String
    static let logger = Logger(label: "budgetbench.postgres")

    private init(connection: PostgresConnection, location: String) {
        self.connection = connection
        self.location = location
    }

    static func connect(_ url: PostgresURL) async throws -> PostgresSession {
        do {
            let connection = try await PostgresConnection.connect(configuration: url.configuration, id: 1, logger: logger)
            return PostgresSession(connection: connection, location: url.location)
        } catch {
            throw PostgresFailure(error)
        }
    }

    func close() async throws {
        try await connection.close()
    }

    /// Runs one statement (no result wanted).
    func execute(_ sql: String, _ values: [StoreValue] = []) async throws {
        _ = try await rows(sql, values)
    }

    /// Runs one statement and collects its rows.
    func rows(_ sql: String, _ values: [StoreValue] = []) async throws -> [PostgresRow] {
        do {
            return try await connection.query(PostgresQuery(unsafeSQL: sql, binds: try Self.bindings(values)), logger: Self.logger).collect()
        } catch {
            throw PostgresFailure(error)
        }
    }

    /// Runs a query and reads it as a flat table with the given column names (the server
    /// sends none for an empty result). Text and integers only: numeric columns are cast to
    /// text by the query, so their digits arrive exactly.
    func table(_ sql: String, _ values: [StoreValue] = [], columns: [String]) async throws -> FlatTable {
        let rows = try await rows(sql, values)
        return FlatTable(columns: columns, rows: try rows.map { row in try row.map(Self.value) })
    }

    /// The first column of the first row as an integer.
    func integer(_ sql: String, _ values: [StoreValue] = []) async throws -> Int64? {
        guard let cell = try await rows(sql, values).first?.first, cell.bytes != nil else { return nil }
        return try cell.decode(Int64.self)
    }

    /// The first column of the first row as text.
    func text(_ sql: String, _ values: [StoreValue] = []) async throws -> String? {
        guard let cell = try await rows(sql, values).first?.first, cell.bytes != nil else { return nil }
        return try cell.decode(String.self)
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    func transaction<T: Sendable>(_ body: () async throws -> T) async throws -> T {
        try await execute("BEGIN")
        do {
            let result = try await body()
            try await execute("COMMIT")
            return result
        } catch {
            try? await execute("ROLLBACK")
            throw error
        }
    }

    private static func value(_ cell: PostgresCell) throws -> FlatTable.Value {
        guard cell.bytes != nil else { return .null }
        switch cell.dataType {
        case .int2, .int4, .int8: return .integer(try cell.decode(Int64.self))
        default: return .text(try cell.decode(String.self))
        }
    }

    /// Decimals go as their exact digits; the statement casts them to `numeric` (see `placeholder`).
    private static func bindings(_ values: [StoreValue]) throws -> PostgresBindings {
        var bindings = PostgresBindings(capacity: values.count)
        for value in values {
            switch value {
            case .integer(let number): bindings.append(number)
            case .text(let text): bindings.append(text)
            case .decimal(let number): bindings.append(number.exactString)
            case .null: bindings.appendNull()
            }
        }
        return bindings
    }

    /// The placeholder of parameter `number` (from 1) holding `value`.
    static func placeholder(_ number: Int, for value: StoreValue) -> String {
        if case .decimal = value { "$\(number)::numeric" } else { "$\(number)" }
    }
}

/// A failure the server or the connection reported, with the server's own message: the
/// client's errors keep it out of their description so that it is not logged by accident.
struct PostgresFailure: Error, CustomStringConvertible {
    let description: String
    /// The SQLSTATE, when the server sent one.
    let state: String?

    init(_ error: any Error) {
        if let failure = error as? PostgresFailure {
            self = failure
            return
        }
        guard let error = error as? PSQLError else {
            description = "\(error)"
            state = nil
            return
        }
        state = error.serverInfo?[.sqlState]
        if let message = error.serverInfo?[.message] {
            description = message + (error.serverInfo?[.detail].map { " (\($0))" } ?? "")
        } else if let underlying = error.underlying {
            description = "\(error.code): \(underlying)"
        } else {
            description = "\(error.code)"
        }
    }
}
