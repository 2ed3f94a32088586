import Foundation

/// One value of a row to insert, typed as the schema stores it. A decimal stays exact: SQLite
/// keeps its digits as text, PostgreSQL as `numeric`.
public enum StoreValue: Sendable, Equatable {
    case integer(Int64)
    case text(String)
    case decimal(Decimal)
    case null

    init(_ number: Int?) { self = number.map { .integer(Int64($0)) } ?? .null }
    init(_ number: Int64?) { self = number.map { .integer($0) } ?? .null }
    init(_ text: String?) { self = text.map { .text($0) } ?? .null }
    init(_ number: Decimal?) { self = number.map { .decimal($0) } ?? .null }
    init(_ flag: Bool) { self = .integer(flag ? 1 : 0) }
}

/// The rows of one table to insert for a document, without their `document_id` (the database
/// knows it only once the document row is in).
public struct TableRows: Sendable {
    public var table: StoreTable
    public var columns: [String]
    public var rows: [[StoreValue]]
}
