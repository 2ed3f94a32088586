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

    /// A JSON array of objects keyed by column name, keys in column order on every run (a keyed
    /// encoding container does not keep its keys' order).
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let keys = try columns.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        let records = try rows.map { values in
            let fields = try zip(keys, values).map { key, value in "    \(key) : \(String(decoding: try encoder.encode(value), as: UTF8.self))" }
            return "  {\n" + fields.joined(separator: ",\n") + "\n  }"
        }
        return Data(((records.isEmpty ? "[]" : "[\n" + records.joined(separator: ",\n") + "\n]") + "\n").utf8)
    }
}
