import BudgetBenchSegment
import Foundation

/// Reads headline facts from a report's paragraphs: the first sentence matching each key's
/// wording. The wordings are the usual phrases of 预算/决算/绩效 reports, in one documented list.
public struct FactReader: Sendable {
    /// Key, unit, and the phrases that state it; the first capture group is the value.
    public static let wordings: [(key: String, unit: String, patterns: [String])] = [
        ("total_income", "万元", [#"收入总计\s*([\d,]+(?:\.\d+)?)\s*万元"#, #"部门预算收入\s*([\d,]+(?:\.\d+)?)\s*万元"#]),
        ("total_expenditure", "万元", [#"支出总计\s*([\d,]+(?:\.\d+)?)\s*万元"#, #"(?:部门|年度?)预算支出(?:总计|合计)?\s*([\d,]+(?:\.\d+)?)\s*万元"#, #"全年实际支出\s*([\d,]+(?:\.\d+)?)\s*万元"#, #"决算数为\s*([\d,]+(?:\.\d+)?)\s*万元"#]),
        ("basic_expenditure", "万元", [#"基本支出\s*([\d,]+(?:\.\d+)?)\s*万元"#]),
        ("project_expenditure", "万元", [#"项目支出\s*([\d,]+(?:\.\d+)?)\s*万元"#]),
        ("personnel_expenditure", "万元", [#"人员(?:经费|支出)\s*([\d,]+(?:\.\d+)?)\s*万元"#]),
        ("public_expenditure", "万元", [#"公用(?:经费|支出)\s*([\d,]+(?:\.\d+)?)\s*万元"#]),
        ("staff_authorized", "人", [#"(?:核定编制|事业编制数|编制数)\s*([1-9]\d*)\s*人"#]),
        ("staff_actual", "人", [#"实有在编人数\s*([1-9]\d*)\s*人"#]),
        ("sangong_total", "万元", [#"“三公”经费(?:预算)?\s*([\d,]+(?:\.\d+)?)\s*万元"#]),
        ("government_procurement", "万元", [#"政府采购(?:金额|项目纳入.*?共计)\s*([\d,]+(?:\.\d+)?)\s*万元"#, #"实际采购金额为\s*([\d,]+(?:\.\d+)?)\s*万元"#]),
        ("execution_rate", "%", [#"(?:预算)?执行率为\s*([\d.]+)\s*%"#, #"完成年初预算的\s*([\d.]+)\s*%"#]),
        ("payments_count", "万笔", [#"(?:资金支付|授权支付笔数)\s*([\d.]+)\s*万笔"#]),
        ("payments_amount", "亿元", [#"支付金额\s*([\d.]+)\s*亿元"#]),
        ("evaluation_score", "分", [#"(?:评定为|评价得分)[：:]?\s*([\d.]+)\s*分"#]),
        ("evaluation_grade", "", [#"(?:绩效)?(?:评价)?等级为[：:]?\s*([优良中低差])"#]),
    ]

    /// A sentence explaining one classification line (`住房改革支出(款)：…`) states that line's
    /// figures, not the report's headline ones.
    static let lineMarkers = ["(类)", "（类）", "(款)", "（款）", "(项)", "（项）"]
    /// Words that make the figure after them a change from last year, not a level
    /// (`增加基本支出844.15万元`, `比上年减少…`).
    static let changeWords = ["增加", "减少", "增长", "下降", "新增", "增减", "上升", "降低", "比上年", "同比", "较上年"]
    /// How far before a measure word a change word still governs it, in characters.
    static let changeReach = 6

    /// The wordings compiled once: regexes are immutable, so sharing them between threads is safe.
    nonisolated(unsafe) private static let compiled: [(key: String, unit: String, patterns: [Regex<AnyRegexOutput>])] =
        wordings.map { wording in (wording.key, wording.unit, wording.patterns.map { try! Regex($0) }) }

    public init() {}

    public func facts(in sections: [Section]) -> [Fact] {
        let sentences = Self.flattened(sections).flatMap(\.paragraphs).flatMap { paragraph in
            paragraph.text.split(whereSeparator: { "。；".contains($0) })
                .filter { sentence in !Self.lineMarkers.contains(where: sentence.contains) }
                .map { (text: $0, page: paragraph.page) }
        }
        return Self.compiled.compactMap { wording in
            // A sentence that does not print the wording's unit cannot state it (a cheap test
            // before the regexes).
            for sentence in sentences where wording.unit.isEmpty || sentence.text.contains(wording.unit) {
                for pattern in wording.patterns {
                    for match in sentence.text.matches(of: pattern) where !Self.isChange(before: match.range.lowerBound, in: sentence.text) {
                        guard match.output.count > 1, let value = match.output[1].substring else { continue }
                        return Fact(key: wording.key, value: value.replacingOccurrences(of: ",", with: ""),
                                    unit: wording.unit, source: String(sentence.text), page: sentence.page)
                    }
                }
            }
            return nil
        }
    }

    /// Whether the words just before a match (in its clause) make its figure a change.
    static func isChange(before start: Substring.Index, in sentence: Substring) -> Bool {
        let clauseStart = sentence[..<start].lastIndex { "，,：:".contains($0) }.map(sentence.index(after:)) ?? sentence.startIndex
        let before = sentence[clauseStart..<start].suffix(changeReach)
        return changeWords.contains(where: before.contains)
    }

    private static func flattened(_ sections: [Section]) -> [Section] {
        sections.flatMap { [$0] + flattened($0.children) }
    }
}
