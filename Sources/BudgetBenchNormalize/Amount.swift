import BudgetBenchExtract
import Foundation

/// One figure of a function- or economic-classified table, in 万元.
public struct Amount: Sendable, Codable, Equatable {
    /// The classification a code belongs to, from its first digit: 1xx income, 2xx function,
    /// 3xx (and 5xx, the government economic list) economic.
    public enum Scheme: String, Sendable, Codable {
        case income, function, economic

        init?(code: String) {
            switch code.first {
            case "1": self = .income
            case "2": self = .function
            case "3", "5": self = .economic
            default: return nil
            }
        }
    }

    /// Which year's plan or outcome a column holds, from its header.
    public enum Basis: String, Sendable, Codable {
        case budget, adjusted, actual
        case priorBudget = "prior_budget", priorActual = "prior_actual"
    }

    /// Whether a figure is money coming in or going out: an income table never feeds an
    /// expenditure figure.
    public enum Flow: String, Sendable, Codable {
        case income, expenditure
    }

    /// Which funds a table covers, from its title: everything the unit spends (全口径: 收支总表,
    /// 支出总表), or one part of it. Figures of different funds are never compared as one.
    public enum Funds: String, Sendable, Codable, CaseIterable {
        case allFunds = "all_funds", fiscalAllocation = "fiscal_allocation", generalBudget = "general_budget"
        case governmentFund = "government_fund", stateCapital = "state_capital"

        /// The words of each part, most specific first: a 一般公共预算财政拨款 table is general budget.
        static let words: [(word: String, funds: Funds)] = [
            ("一般公共预算", .generalBudget), ("政府性基金", .governmentFund), ("国有资本经营", .stateCapital), ("财政拨款", .fiscalAllocation),
        ]

        /// The funds a title (or sentence) names; all funds when it names no part.
        public init(naming text: String) {
            self = Self.words.first { text.includes($0.word) }?.funds ?? .allFunds
        }
    }

    /// What the identities an amount takes part in say about it (docs/model.md).
    public enum Verification: String, Sendable, Codable {
        /// An identity including it holds, exactly or within the printed rounding.
        case verified
        /// Every identity including it fails.
        case contradicted
        /// No identity applies.
        case unchecked
    }

    /// The code of a table's 合计 row and of the 人员经费合计 / 公用经费合计 footers.
    public static let totalCode = "total"

    public var scheme: Scheme
    /// 3 digits for a 类, 5 for a 款, 7 for a 项, assembled from split 类 | 款 | 项 columns.
    public var code: String
    public var name: String
    /// What the column holds; see `MeasureWords` for the list.
    public var measure: String
    public var basis: Basis
    public var flow: Flow
    /// The funds of its table; nil where the table prints no title.
    public var funds: Funds?
    /// In 万元, exact.
    public var value: Decimal
    /// The cell as printed ("" for an empty cell of a 决算 table, read as 0).
    public var printed: String
    /// One unit of the last printed digit, in 万元: how far rounding may have moved the value.
    public var resolution: Decimal
    /// Index of the table in the document's table list, and the page of its row.
    public var table: Int
    public var page: Int
    /// The identities this amount takes part in, and whether each held; set by `AmountVerifier`.
    public var identities: [IdentityResult] = []
    public var verification: Verification = .unchecked

    public init(scheme: Scheme, code: String, name: String, measure: String, basis: Basis, flow: Flow = .expenditure, value: Decimal,
                printed: String, resolution: Decimal, table: Int, page: Int) {
        self.scheme = scheme
        self.code = code
        self.name = name
        self.measure = measure
        self.basis = basis
        self.flow = flow
        self.value = value
        self.printed = printed
        self.resolution = resolution
        self.table = table
        self.page = page
    }

    /// 类, 款 or 项, or 合计 for a total row.
    public var level: String {
        guard code != Self.totalCode else { return "合计" }
        switch code.count {
        case 3: return "类"
        case 5: return "款"
        default: return "项"
        }
    }

    public var isTotal: Bool { code == Self.totalCode }

    private enum CodingKeys: String, CodingKey {
        case scheme, code, level, name, measure, basis, flow, funds, value, printed, resolution, table, page, verification, identities
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        scheme = try container.decode(Scheme.self, forKey: .scheme)
        code = try container.decode(String.self, forKey: .code)
        name = try container.decode(String.self, forKey: .name)
        measure = try container.decode(String.self, forKey: .measure)
        basis = try container.decode(Basis.self, forKey: .basis)
        flow = try container.decode(Flow.self, forKey: .flow)
        funds = try container.decodeIfPresent(Funds.self, forKey: .funds)
        value = try container.decodeExact(forKey: .value)
        printed = try container.decode(String.self, forKey: .printed)
        resolution = try container.decodeExact(forKey: .resolution)
        table = try container.decode(Int.self, forKey: .table)
        page = try container.decode(Int.self, forKey: .page)
        verification = try container.decode(Verification.self, forKey: .verification)
        identities = try container.decode([IdentityResult].self, forKey: .identities)
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
        try container.encode(flow, forKey: .flow)
        try container.encodeIfPresent(funds, forKey: .funds)
        try container.encode(value.exactString, forKey: .value)
        try container.encode(printed, forKey: .printed)
        try container.encode(resolution.exactString, forKey: .resolution)
        try container.encode(table, forKey: .table)
        try container.encode(page, forKey: .page)
        try container.encode(verification, forKey: .verification)
        try container.encode(identities, forKey: .identities)
    }
}
