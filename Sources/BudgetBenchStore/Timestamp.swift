import Foundation

/// Times as ISO 8601 text in UTC, which sorts and compares correctly in SQL.
enum Timestamp {
    static func string(_ date: Date) -> String {
        date.formatted(.iso8601)
    }
}
