import Foundation

/// A place where a report's printed figures disagree with each other. Reported, never "fixed".
public struct Finding: Sendable, Encodable, Equatable {
    public enum Kind: String, Sendable, Encodable {
        /// A 类 differs from the sum of its 款, or a 款 from the sum of its 项.
        case parentNotSumOfChildren
        /// A row's total differs from its basic plus project figures.
        case totalNotBasicPlusProject
        /// Either check, off by no more than the rounding of the printed digits (报表金额单位转换时的尾数误差).
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

    public init(kind: Kind, table: Int, page: Int, code: String, measure: String, printed: Decimal, sum: Decimal) {
        self.kind = kind
        self.table = table
        self.page = page
        self.code = code
        self.measure = measure
        self.printed = printed
        self.sum = sum
    }

    public var message: String {
        let parts = measure == "total" && kind == .totalNotBasicPlusProject ? "basic plus project" : "its children"
        return (kind == .roundingDifference ? "rounding: " : "")
            + "table \(table), page \(page): \(code) \(measure) is \(printed) 万元 but \(parts) add up to \(sum) 万元"
    }

    private enum CodingKeys: String, CodingKey {
        case kind, table, page, code, measure, printed, sum, message
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
        try container.encode(message, forKey: .message)
    }
}
