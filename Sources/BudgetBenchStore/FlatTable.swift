import Foundation
import GRDB

/// Rows with named columns, as written to CSV or JSON for pandas, R or a spreadsheet.
public struct FlatTable: Sendable, Equatable {
    public enum Value: Sendable, Equatable, Encodable {
        case text(String)
        case integer(Int64)
        case null

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .text(let text): try container.encode(text)
            case .integer(let number): try container.encode(number)
            case .null: try container.encodeNil()
            }
        }

        /// The cell as CSV text: empty for null. A text that a spreadsheet would run as a formula
        /// (starting with = + - @, a tab or a carriage return, OWASP's list) gets a leading `'`,
        /// unless it is a plain number such as `-12.50`; the JSON export keeps it exact.
        var plain: String {
            switch self {
            case .text(let text):
                guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first),
                      text.wholeMatch(of: /[-+]?[0-9]+(\.[0-9]+)?/) == nil
                else { return text }
                return "'" + text
            case .integer(let number): return String(number)
            case .null: return ""
            }
        }
    }

    public var columns: [String]
    public var rows: [[Value]]

    public init(columns: [String], rows: [[Value]]) {
        self.columns = columns
        self.rows = rows
    }

    /// The result of a query, columns named as the query names them.
    init(_ db: Database, sql: String, arguments: StatementArguments = StatementArguments()) throws {
        let statement = try db.makeStatement(sql: sql)
        columns = statement.columnNames
        rows = try Row.fetchAll(statement, arguments: arguments).map { row in
            row.databaseValues.map { value in
                switch value.storage {
                case .int64(let number): .integer(number)
                case .string(let text): .text(text)
                case .double(let number): .text(String(number))
                case .blob, .null: .null
                }
            }
        }
    }

    /// RFC 4180 CSV with a header line; fields holding a comma, quote or line break are quoted.
    public var csv: String {
        ([columns] + rows.map { $0.map(\.plain) }).map { fields in
            fields.map { field in
                field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline })
                    ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
            }.joined(separator: ",")
        }.joined(separator: "\n") + "\n"
    }

    /// A JSON array of objects keyed by column name.
    public func json() throws -> Data {
        struct Record: Encodable {
            let columns: [String]
            let values: [Value]

            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: Key.self)
                for (column, value) in zip(columns, values) {
                    try container.encode(value, forKey: Key(stringValue: column))
                }
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(rows.map { Record(columns: columns, values: $0) }) + Data("\n".utf8)
    }

    private struct Key: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
