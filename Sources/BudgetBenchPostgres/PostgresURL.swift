import BudgetBenchStore
import Foundation
import PostgresNIO

/// A `postgres://user[:password]@host[:port]/dbname` URL read into a connection configuration.
/// The password may instead come from `PGPASSWORD`, as with psql, so it need not be on a
/// command line; `location` never shows it.
struct PostgresURL: Sendable {
    let configuration: PostgresConnection.Configuration
    /// The URL without its password, for messages.
    let location: String

    static let defaultPort = 5432

    init(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        func invalid(_ reason: String) -> StoreError { .unsupportedLocation(DatabaseLocation.redacted(text), reason: reason) }
        guard let components = URLComponents(string: text), let host = components.host, !host.isEmpty else {
            throw invalid("not a PostgreSQL URL; expected postgres://user@host:port/dbname")
        }
        guard let user = components.user, !user.isEmpty else { throw invalid("the URL names no user (postgres://user@host:port/dbname)") }
        let database = String(components.path.drop(while: { $0 == "/" }))
        guard !database.isEmpty else { throw invalid("the URL names no database (postgres://user@host:port/dbname)") }
        if let mode = components.queryItems?.first(where: { $0.name == "sslmode" })?.value, mode != "disable" {
            throw invalid("sslmode=\(mode) is not supported; connect over a trusted network or an SSH tunnel with sslmode=disable")
        }
        let password = components.password ?? environment["PGPASSWORD"]
        configuration = PostgresConnection.Configuration(host: host, port: components.port ?? Self.defaultPort, username: user,
                                                         password: password, database: database, tls: .disable)
        location = "postgres://\(user)@\(host):\(components.port ?? Self.defaultPort)/\(database)"
    }
}
