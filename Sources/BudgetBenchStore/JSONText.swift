import Foundation

/// Arrays stored in one column as JSON text, readable with SQLite's json_each; keys sorted, so
/// identical reports store identical text.
enum JSONText {
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
