import BudgetBenchNormalize
import BudgetBenchSegment
import Foundation
import Testing

/// Headline facts from sentences written for this test (none copied from a report): a level is
/// read, a year-on-year change never is.
@Suite struct FactWordingTests {
    static func facts(_ text: String) -> [String: String] {
        let section = Section(number: "一、", title: "收支情况", level: 2, page: 3, paragraphs: [Paragraph(text: text, page: 3)])
        return Dictionary(FactReader().facts(in: [section]).filter { $0.quantity == .level }.map { ($0.key.rawValue, $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    @Test(arguments: [
        ("本单位2026年预算支出总计2,480.50万元，其中基本支出1,620.30万元，项目支出860.20万元。", "1620.30"),
        ("年度支出中，基本支出 905.00 万元，占支出总额的 61.2%。", "905.00"),
        ("按经济性质分，基本支出3,112.8万元；项目支出1,004万元。", "3112.8"),
    ])
    func levelIsRead(sentence: String, basic: String) {
        #expect(Self.facts(sentence)["basic_expenditure"].flatMap { Decimal(string: $0) } == Decimal(string: basic))
    }

    @Test(arguments: [
        "支出较上年增加，主要是增加基本支出844.15万元。",
        "与上年相比，新增基本支出 77.6 万元，用于人员调资。",
        "本年度比上年减少基本支出12万元。",
    ])
    func changeIsNotALevel(sentence: String) {
        #expect(Self.facts(sentence)["basic_expenditure"] == nil)
    }

    @Test func levelAfterAChangeInTheSameSentenceIsRead() {
        let facts = Self.facts("项目支出比上年增加50万元，基本支出1,200万元。")
        #expect(facts["basic_expenditure"] == "1200")
        #expect(facts["project_expenditure"] == nil)
    }
}
