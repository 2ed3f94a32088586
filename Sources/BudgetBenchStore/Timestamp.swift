import Foundation

/// Times as ISO 8601 text in UTC with milliseconds, which sorts and compares correctly in SQL
/// and times a batch document by document. Both backends store them so.
public enum Timestamp {
    static let style = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

    public static func string(_ date: Date) -> String {
        style.format(date)
    }

    /// Reads either form (rows of the first release have whole seconds).
    static func date(_ text: String) -> Date? {
        (try? Date(text, strategy: style)) ?? (try? Date(text, strategy: .iso8601))
    }
}
