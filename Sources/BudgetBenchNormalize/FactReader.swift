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

    public init() {}

    public func facts(in sections: [Section]) -> [Fact] {
        let paragraphs = Self.flattened(sections).flatMap(\.paragraphs)
        return Self.wordings.compactMap { wording in
            for paragraph in paragraphs {
                for sentence in paragraph.text.split(whereSeparator: { "。；".contains($0) })
                where !Self.lineMarkers.contains(where: sentence.contains) {
                    for pattern in wording.patterns {
                        if let range = sentence.range(of: pattern, options: .regularExpression),
                           let value = String(sentence[range]).firstCapture(of: pattern) {
                            return Fact(key: wording.key, value: value.replacingOccurrences(of: ",", with: ""),
                                        unit: wording.unit, source: String(sentence), page: paragraph.page)
                        }
                    }
                }
            }
            return nil
        }
    }

    private static func flattened(_ sections: [Section]) -> [Section] {
        sections.flatMap { [$0] + flattened($0.children) }
    }
}

private extension String {
    func firstCapture(of pattern: String) -> String? {
        guard let expression = try? NSRegularExpression(pattern: pattern),
              let match = expression.firstMatch(in: self, range: NSRange(startIndex..., in: self)),
              match.numberOfRanges > 1, let range = Range(match.range(at: 1), in: self) else { return nil }
        return String(self[range])
    }
}
