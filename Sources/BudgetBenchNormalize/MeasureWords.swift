import Foundation

/// What a column of figures holds, read from the words of its header path. The first entry
/// found wins, so specific words (面向中小企业) come before general ones (政府采购, 小计).
public enum MeasureWords {
    public static let measures: [(word: String, measure: String)] = [
        ("面向小型、微型企业", "procurement_small_micro"), ("面向中小企业", "procurement_sme"), ("政府采购", "procurement"),
        ("一般公共预算财政拨款", "general_budget"), ("政府性基金预算财政拨款", "government_fund"),
        ("国有资本经营预算财政拨款", "state_capital"),
        ("机关运行经费", "administrative_operation"), ("基本支出", "basic"), ("项目支出", "project"), ("人员经费", "personnel"), ("公用经费", "public"),
        ("年初结转和结余", "opening_balance"), ("年末结转和结余", "closing_balance"),
        ("本年收入合计", "total"), ("财政拨款收入", "fiscal_allocation"), ("上级补助收入", "superior_subsidy"),
        ("事业收入", "business_income"), ("经营收入", "operating_income"), ("附属单位上缴", "subsidiary_remittance"),
        ("其他收入", "other_income"), ("上缴上级支出", "remittance_to_superior"), ("经营支出", "operating_expenditure"),
        ("对附属单位补助", "subsidy_to_subsidiaries"), ("本年收入", "income"),
        ("支出总计", "total"), ("本年支出合计", "total"), ("合计", "total"), ("小计", "total"), ("本年支出", "total"),
        ("决算数", "total"), ("预算数", "total"), ("金额", "total"),
    ]

    /// Units the tables print amounts in, as multiples of 万元.
    public static let unitScale: [String: Decimal] = ["元": Decimal(string: "0.0001")!, "千元": Decimal(string: "0.1")!, "万元": 1, "亿元": 10000]

    /// The measure a header path names, if any: the most specific label wins, so under
    /// `基本支出 / 人员经费` the column is personnel, while a generic leaf (`基本支出 / 合计`,
    /// `政府采购项目 / 小计`) takes its measure from the label above it.
    public static func measure(of path: String) -> String? {
        let levels = path.split(separator: "/").reversed().map { $0.filter { !$0.isWhitespace } }
        let found = levels.compactMap { level in measures.first { level.contains($0.word) }?.measure }
        return found.first { $0 != "total" } ?? found.first
    }
}
