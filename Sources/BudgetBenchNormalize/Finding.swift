import Foundation

/// A place where a report's printed figures disagree with each other. Reported, never "fixed".
public struct Finding: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable {
        /// A 类 differs from the sum of its 款, or a 款 from the sum of its 项.
        case parentNotSumOfChildren
        /// A row's total differs from its basic plus project figures.
        case totalNotBasicPlusProject
        /// A row's basic (or a 基本支出 table's total) differs from its personnel plus public figures.
        case basicNotPersonnelPlusPublic
        /// A table prints figures but no unit (no 单位 line, no unit in its headers): read as 万元.
        case unitMissing
        /// A table's 合计 row differs from the sum of its 类 rows.
        case totalNotSumOfClasses
        /// One code and column printed with different figures in two tables of the same scope
        /// (tables whose 类 add up to the same total).
        case differsBetweenTables
        /// A figure of the narrative (支出总计, 基本支出, 项目支出) differs from its table.
        case narrativeDiffersFromTable
        /// A code printed with a name the code catalog does not know for it.
        case codeNameMismatch
        /// Any of the sum checks, off by no more than the rounding of the printed digits (报表金额单位转换时的尾数误差).
        case roundingDifference
    }

    public var kind: Kind
    public var table: Int
    public var page: Int
    public var code: String
    public var measure: String
    /// The parent's printed value and the sum of its children, in 万元.
    public var printed: Decimal
    public var sum: Decimal
    /// What the other side says, for findings that are not a sum: the catalog's names, the other table.
    public var expected: String?

    public init(kind: Kind, table: Int, page: Int, code: String, measure: String, printed: Decimal, sum: Decimal, expected: String? = nil) {
        self.kind = kind
        self.table = table
        self.page = page
        self.code = code
        self.measure = measure
        self.printed = printed
        self.sum = sum
        self.expected = expected
    }

    public var message: String {
        let place = "table \(table), page \(page): \(code.isEmpty ? "" : code + " ")\(measure)"
        switch kind {
        case .codeNameMismatch:
            return "\(place): \(expected ?? "")"
        case .unitMissing:
            return "table \(table), page \(page): no unit printed (单位 line or header); its figures are read as 万元 and may be wrong"
        case .differsBetweenTables, .narrativeDiffersFromTable:
            return "\(place) is \(printed) 万元 but \(expected ?? "the other figure") says \(sum) 万元"
        default:
            return (kind == .roundingDifference ? "rounding: " : "") + "\(place) is \(printed) 万元 but \(expected ?? "the parts") add up to \(sum) 万元"
        }
    }

    /// A finding when `printed` and `sum` differ: of `kind`, or a rounding difference when they
    /// are no further apart than `tolerance`. `parts` names what `sum` adds up.
    static func comparing(_ kind: Kind, printed: Decimal, sum: Decimal, tolerance: Decimal, parts: String,
                          table: Int, page: Int, code: String, measure: String) -> Finding? {
        guard printed != sum else { return nil }
        let difference = printed > sum ? printed - sum : sum - printed
        return Finding(kind: difference <= tolerance ? .roundingDifference : kind, table: table, page: page, code: code,
                       measure: measure, printed: printed, sum: sum, expected: parts)
    }

    private enum CodingKeys: String, CodingKey {
        case kind, table, page, code, measure, printed, sum, expected, message
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        kind = try container.decode(Kind.self, forKey: .kind)
        table = try container.decode(Int.self, forKey: .table)
        page = try container.decode(Int.self, forKey: .page)
        code = try container.decode(String.self, forKey: .code)
        measure = try container.decode(String.self, forKey: .measure)
        printed = try container.decodeExact(forKey: .printed)
        sum = try container.decodeExact(forKey: .sum)
        expected = try container.decodeIfPresent(String.self, forKey: .expected)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(table, forKey: .table)
        try container.encode(page, forKey: .page)
        try container.encode(code, forKey: .code)
        try container.encode(measure, forKey: .measure)
        try container.encode(printed.exactString, forKey: .printed)
        try container.encode(sum.exactString, forKey: .sum)
        try container.encodeIfPresent(expected, forKey: .expected)
        try container.encode(message, forKey: .message)
    }
}
