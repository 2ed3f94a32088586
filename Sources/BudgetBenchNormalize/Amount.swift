import Foundation

/// One figure of a function- or economic-classified table, in 万元.
public struct Amount: Sendable, Codable, Equatable {
    public enum Scheme: String, Sendable, Codable {
        case function, economic
    }

    public enum Basis: String, Sendable, Codable {
        case budget, adjusted, actual
    }

    public var scheme: Scheme
    /// 3 digits for a 类, 5 for a 款, 7 for a 项, assembled from split 类 | 款 | 项 columns.
    public var code: String
    public var name: String
    /// What the column holds; see `MeasureWords` for the list.
    public var measure: String
    public var basis: Basis
    /// In 万元, exact.
    public var value: Decimal
    /// The cell as printed ("" for an empty cell of a 决算 table, read as 0).
    public var printed: String
    /// One unit of the last printed digit, in 万元: how far rounding may have moved the value.
    public var resolution: Decimal
    /// Index of the table in the document's table list, and the page of its row.
    public var table: Int
    public var page: Int

    public init(scheme: Scheme, code: String, name: String, measure: String, basis: Basis, value: Decimal,
                printed: String, resolution: Decimal, table: Int, page: Int) {
        self.scheme = scheme
        self.code = code
        self.name = name
        self.measure = measure
        self.basis = basis
        self.value = value
        self.printed = printed
        self.resolution = resolution
        self.table = table
        self.page = page
    }

    /// 类, 款 or 项.
    public var level: String {
        switch code.count {
        case 3: "类"
        case 5: "款"
        default: "项"
        }
    }

    private enum CodingKeys: String, CodingKey {
        case scheme, code, level, name, measure, basis, value, printed, resolution, table, page
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        scheme = try container.decode(Scheme.self, forKey: .scheme)
        code = try container.decode(String.self, forKey: .code)
        name = try container.decode(String.self, forKey: .name)
        measure = try container.decode(String.self, forKey: .measure)
        basis = try container.decode(Basis.self, forKey: .basis)
        value = try container.decodeExact(forKey: .value)
        printed = try container.decode(String.self, forKey: .printed)
        resolution = try container.decodeExact(forKey: .resolution)
        table = try container.decode(Int.self, forKey: .table)
        page = try container.decode(Int.self, forKey: .page)
    }

    /// Decimals are written as strings (`"3258"`, `"449.26"`) so no reader turns them into doubles.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(scheme, forKey: .scheme)
        try container.encode(code, forKey: .code)
        try container.encode(level, forKey: .level)
        try container.encode(name, forKey: .name)
        try container.encode(measure, forKey: .measure)
        try container.encode(basis, forKey: .basis)
        try container.encode(value.exactString, forKey: .value)
        try container.encode(printed, forKey: .printed)
        try container.encode(resolution.exactString, forKey: .resolution)
        try container.encode(table, forKey: .table)
        try container.encode(page, forKey: .page)
    }
}
