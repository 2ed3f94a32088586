import Foundation

extension FlatTable {
    /// One row read by column name.
    struct Record {
        let index: [String: Int]
        let values: [Value]

        private func value(_ column: String) -> Value {
            guard let position = index[column] else { preconditionFailure("the query names no column \(column)") }
            return values[position]
        }

        /// The text, or nil for NULL.
        func text(_ column: String) -> String? {
            switch value(column) {
            case .text(let text): text
            case .integer(let number): String(number)
            case .null: nil
            }
        }

        /// A column the schema declares NOT NULL.
        func string(_ column: String) -> String { text(column) ?? "" }

        func integer(_ column: String) -> Int64? {
            switch value(column) {
            case .integer(let number): number
            case .text(let text): Int64(text)
            case .null: nil
            }
        }

        func int(_ column: String) -> Int { Int(integer(column) ?? 0) }

        /// An exact decimal stored as its digits.
        func decimal(_ column: String) -> Decimal? {
            text(column).flatMap { Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX")) }
        }
    }

    var records: [Record] {
        let index = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1, $0) })
        return rows.map { Record(index: index, values: $0) }
    }
}
