import Foundation

/// What `--db` (or `BUDGETBENCH_DB`) names: an SQLite file, or a PostgreSQL server's database.
public enum DatabaseLocation: Sendable, Equatable {
    case sqlite(path: String)
    /// A `postgres://` or `postgresql://` URL, opened by the BudgetBenchPostgres module.
    case postgres(url: String)

    /// The URL schemes of PostgreSQL (libpq accepts both).
    static let postgresSchemes: Set<String> = ["postgres", "postgresql"]

    /// Reads a location. Anything shaped like a URL must be a PostgreSQL one: a `mysql://` or a
    /// mistyped scheme is an error, never a folder named after it holding a new SQLite file.
    public init(_ text: String) throws {
        guard let separator = text.range(of: "://"),
              text[..<separator.lowerBound].wholeMatch(of: /[A-Za-z][A-Za-z0-9+.\-]*/) != nil
        else {
            self = .sqlite(path: text)
            return
        }
        let scheme = text[..<separator.lowerBound].lowercased()
        guard Self.postgresSchemes.contains(scheme) else {
            throw StoreError.unsupportedLocation(Self.redacted(text), reason: "'\(scheme)://' is not a database this tool opens; give an SQLite file path or postgres://user@host:port/dbname")
        }
        self = .postgres(url: text)
    }

    /// `text` as messages show it: a URL's password replaced by `***`.
    public static func redacted(_ text: String) -> String {
        guard text.contains("://"), var components = URLComponents(string: text), components.password != nil else { return text }
        components.password = "***"
        return components.string ?? text
    }
}
