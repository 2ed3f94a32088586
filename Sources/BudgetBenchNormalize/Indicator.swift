import Foundation

/// A performance indicator: the 一级/二级/三级指标 triple with its target, actual, weight and score.
public struct Indicator: Sendable, Codable, Equatable {
    /// As printed, without a weight such as （50分）.
    public var level1: String
    public var level2: String
    /// As printed, without a weight such as （3分）.
    public var level3: String
    /// Short forms: 产出指标 = 产出, 产出数量 = 数量指标 = 数量.
    public var canonicalLevel1: String
    public var canonicalLevel2: String
    public var target: Quantity?
    public var actual: Quantity?
    /// The 三级 indicator's weight (分值 / 权重), as printed.
    public var weight: String?
    public var score: String?
    /// The weights of its 一级 and 二级 indicators, where the form prints them (`产出指标（50分）`, a 分值 column).
    public var level1Weight: String?
    public var level2Weight: String?
    /// Why the actual falls short of the target (偏差原因 / 未完成原因), if stated.
    public var deviationReason: String?
    /// The project the form belongs to (项目名称), if any.
    public var project: String?
    /// Its 项目编码 / 项目代码, if printed.
    public var projectCode: String?
    /// The project's funds in 万元, where the form prints them (项目资金 / 年度资金总额; 全年预算数 where it prints several).
    public var projectAmount: Decimal?
    public var table: Int
    public var page: Int

    public init(level1: String, level2: String, level3: String, canonicalLevel1: String, canonicalLevel2: String,
                target: Quantity?, actual: Quantity?, weight: String?, score: String?, project: String?, table: Int, page: Int) {
        self.level1 = level1
        self.level2 = level2
        self.level3 = level3
        self.canonicalLevel1 = canonicalLevel1
        self.canonicalLevel2 = canonicalLevel2
        self.target = target
        self.actual = actual
        self.weight = weight
        self.score = score
        self.project = project
        self.table = table
        self.page = page
    }
}

/// A target or actual value: quantitative (`≥95%`, `=6 人`, `22.08 万笔`, `小于2天`) or text.
public struct Quantity: Sendable, Codable, Equatable {
    // Stored once: a regex literal in a function body is compiled again on every call.
    nonisolated(unsafe) private static let numberAndUnit = #/(\d+(?:\.\d+)?)(.*)/#

    public var text: String
    public var comparison: String?
    public var number: Decimal?
    public var unit: String?

    /// Reads the operator (≥ ≤ = > <, their full-width and ASCII forms, or 不低于/不超过/达到/大于/小于/以上/以内),
    /// number and unit: `6667元/年/条` is 6667 in 元/年/条.
    public init(_ text: String) {
        self.text = text
        let compact = text.filter { !$0.isWhitespace }
        let words: [(String, String)] = [("不低于", "≥"), ("不少于", "≥"), ("至少", "≥"), ("达到", "≥"), ("不超过", "≤"), ("不高于", "≤"),
                                         ("不多于", "≤"), ("大于等于", "≥"), ("小于等于", "≤"), ("大于", ">"), ("小于", "<"), ("高于", ">"),
                                         ("低于", "<"), (">=", "≥"), ("<=", "≤"), ("≧", "≥"), ("≦", "≤"), ("＞", ">"), ("＜", "<"), ("＝", "=")]
        var rest = Substring(compact)
        // Words first: `>=` is one operator, not `>` before `=`.
        if let word = words.first(where: { rest.hasPrefix($0.0) }) {
            comparison = word.1
            rest = rest.dropFirst(word.0.count)
        } else if let symbol = rest.first, "≥≤=><".contains(symbol) {
            comparison = String(symbol)
            rest = rest.dropFirst()
        }
        if let match = rest.prefixMatch(of: Self.numberAndUnit) {
            number = Decimal(string: String(match.output.1))
            let tail = String(match.output.2)
            if tail.hasSuffix("以上") { comparison = comparison ?? "≥" }
            if tail.hasSuffix("以内") || tail.hasSuffix("以下") { comparison = comparison ?? "≤" }
            let unitText = tail.replacingOccurrences(of: #"(以上|以内|以下)$"#, with: "", options: .regularExpression)
            unit = unitText.isEmpty ? nil : unitText
        } else {
            comparison = nil
        }
    }
}
