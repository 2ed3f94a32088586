import Foundation

/// Arrays stored in one column as JSON text, readable with SQLite's json_each; keys sorted, so
/// identical reports store identical text.
enum JSONText {
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        // Sorted keys: the same value is the same text in every run and on every backend.
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
