import BudgetBenchNormalize
import BudgetBenchSegment
import Foundation
import Testing

/// Every fact the reader knows, in three phrasings each, written for this test (none copied from
/// a report): subject, linking words and unit vary; funds and basis come from the words.
@Suite struct FactGrammarTests {
    struct Case: Sendable, CustomStringConvertible {
        var sentence: String
        var key: Fact.Key
        var value: String
        var funds: Amount.Funds? = nil
        var basis: Amount.Basis? = nil
        var description: String { sentence }
    }

    static let cases: [Case] = [
        Case(sentence: "本年度收入总计为3,210.55万元，与支出总计相等。", key: .totalIncome, value: "3210.55"),
        Case(sentence: "2026年部门预算收入共计1.2亿元。", key: .totalIncome, value: "12000"),
        Case(sentence: "单位收入合计 884,000 元，全部为财政拨款。", key: .totalIncome, value: "88.4"),
        Case(sentence: "本年支出总计5,006.4万元，均为当年安排。", key: .totalExpenditure, value: "5006.4", funds: .allFunds),
        Case(sentence: "财政拨款支出总计为 2,450.00 万元。", key: .totalExpenditure, value: "2450.00", funds: .fiscalAllocation),
        Case(sentence: "一般公共预算支出决算数为 780.12 万元，完成预算的 97%。", key: .totalExpenditure, value: "780.12", funds: .generalBudget, basis: .actual),
        Case(sentence: "按支出性质划分，基本支出为 1,402.66 万元。", key: .basicExpenditure, value: "1402.66"),
        Case(sentence: "其中：财政拨款基本支出预算 310 万元，占 40%。", key: .basicExpenditure, value: "310", funds: .fiscalAllocation, basis: .budget),
        Case(sentence: "全年基本支出实际完成 96.5 万元。", key: .basicExpenditure, value: "96.5", basis: .actual),
        Case(sentence: "项目支出安排 2,001 万元，主要用于信息化建设。", key: .projectExpenditure, value: "2001", basis: .budget),
        Case(sentence: "本年项目支出为 45.8 万元。", key: .projectExpenditure, value: "45.8"),
        Case(sentence: "基本支出 1,000 万元，项目支出 500 万元。", key: .projectExpenditure, value: "500"),
        Case(sentence: "人员经费预算 612.3 万元，实际支出 600.1 万元。", key: .personnelExpenditure, value: "612.3", basis: .budget),
        Case(sentence: "人员经费预算 612.3 万元，实际支出 600.1 万元。", key: .personnelExpenditure, value: "600.1", basis: .actual),
        Case(sentence: "其中人员支出合计 1,234,500 元。", key: .personnelExpenditure, value: "123.45"),
        Case(sentence: "基本支出中人员经费为 2,050.9 万元。", key: .personnelExpenditure, value: "2050.9"),
        Case(sentence: "公用经费为 88.2 万元，主要包括办公费、印刷费。", key: .publicExpenditure, value: "88.2"),
        Case(sentence: "日常公用支出安排 12 万元。", key: .publicExpenditure, value: "12"),
        Case(sentence: "基本支出中，公用经费 301,000 元。", key: .publicExpenditure, value: "30.1"),
        Case(sentence: "2026年“三公”经费预算数为 18.5 万元。", key: .sangongTotal, value: "18.5"),
        Case(sentence: "\"三公\"经费合计 9.06 万元，比上年持平。", key: .sangongTotal, value: "9.06"),
        Case(sentence: "本单位三公经费支出 126,000 元。", key: .sangongTotal, value: "12.6"),
        Case(sentence: "因公出国（境）费 3 万元，用于一个出访团组。", key: .sangongOverseas, value: "3"),
        Case(sentence: "其中因公出国(境)费为0万元。", key: .sangongOverseas, value: "0"),
        Case(sentence: "因公出国（境）经费预算 12.4 万元。", key: .sangongOverseas, value: "12.4"),
        Case(sentence: "公务用车购置及运行维护费 20 万元。", key: .sangongVehicles, value: "20"),
        Case(sentence: "公务用车购置及运行费为 7.7 万元。", key: .sangongVehicles, value: "7.7"),
        Case(sentence: "其中公务用车购置及运行维护费 150,000 元。", key: .sangongVehicles, value: "15"),
        Case(sentence: "公务用车购置费 0 万元，本年不购置车辆。", key: .sangongVehiclePurchase, value: "0"),
        Case(sentence: "公务用车购置费预算 25 万元，更新一辆。", key: .sangongVehiclePurchase, value: "25"),
        Case(sentence: "安排公务用车购置费为 300,000 元。", key: .sangongVehiclePurchase, value: "30"),
        Case(sentence: "公务用车运行费 4 万元，主要是燃油费。", key: .sangongVehicleRunning, value: "4"),
        Case(sentence: "本年公务用车运行维护费支出 52,300 元。", key: .sangongVehicleRunning, value: "5.23"),
        Case(sentence: "公务用车运行维护费为 6.62 万元。", key: .sangongVehicleRunning, value: "6.62"),
        Case(sentence: "公务接待费 1.5 万元，主要用于接待考察。", key: .sangongReception, value: "1.5"),
        Case(sentence: "全年公务接待费支出 8,800 元。", key: .sangongReception, value: "0.88"),
        Case(sentence: "公务接待费预算为 2 万元。", key: .sangongReception, value: "2"),
        Case(sentence: "本部门机关运行经费预算为 150.77 万元。", key: .administrativeOperation, value: "150.77"),
        Case(sentence: "机关运行经费支出 98 万元，比上年减少 2 万元。", key: .administrativeOperation, value: "98"),
        Case(sentence: "一般公共预算机关运行经费 1,100,000 元。", key: .administrativeOperation, value: "110"),
        Case(sentence: "政府采购预算总额 320 万元，其中货物类 100 万元。", key: .governmentProcurement, value: "320"),
        Case(sentence: "本年度政府采购支出为 45.6 万元。", key: .governmentProcurement, value: "45.6"),
        Case(sentence: "政府采购金额 2,000,000 元。", key: .governmentProcurement, value: "200"),
        Case(sentence: "单位资产总额 5,600 万元。", key: .stateAssets, value: "5600"),
        Case(sentence: "年末资产总额为 88.8 万元。", key: .stateAssets, value: "88.8"),
        Case(sentence: "截至年底，资产总额 1.5 亿元。", key: .stateAssets, value: "15000"),
        Case(sentence: "截至2025年12月31日，单位共有车辆 6 辆，其中：应急保障用车 2 辆。", key: .vehicles, value: "6"),
        Case(sentence: "本单位现有公务用车 3 辆，均用于执法执勤。", key: .vehicles, value: "3"),
        Case(sentence: "车辆保有量为 1 辆。", key: .vehicles, value: "1"),
        Case(sentence: "2026年预算安排购置车辆 2 辆。", key: .vehiclePurchases, value: "2", basis: .budget),
        Case(sentence: "今年拟购置执法执勤车辆 1 辆，用于应急保障。", key: .vehiclePurchases, value: "1"),
        Case(sentence: "拟购置公务用车 0 辆。", key: .vehiclePurchases, value: "0"),
        Case(sentence: "单价 50 万元以上通用设备 4 台。", key: .largeEquipment, value: "4"),
        Case(sentence: "单价100万元（含）以上专用设备共 2 台（套）。", key: .largeEquipment, value: "2"),
        Case(sentence: "价值在200万元以上设备 7 套，均在使用。", key: .largeEquipment, value: "7"),
        Case(sentence: "本年预算安排购置单价 100 万元以上专用设备 3 台。", key: .largeEquipmentPurchases, value: "3", basis: .budget),
        Case(sentence: "计划购置单价50万元以上通用设备 1 套。", key: .largeEquipmentPurchases, value: "1"),
        Case(sentence: "年内购置单价 200 万元以上的设备 0 台。", key: .largeEquipmentPurchases, value: "0"),
        Case(sentence: "本单位核定编制 35 人，实有在编人数 31 人。", key: .staffAuthorized, value: "35"),
        Case(sentence: "编制数为 120 名，均为事业编制。", key: .staffAuthorized, value: "120"),
        Case(sentence: "机构共有编制 18 人。", key: .staffAuthorized, value: "18"),
        Case(sentence: "本单位核定编制 35 人，实有在编人数 31 人。", key: .staffActual, value: "31"),
        Case(sentence: "年末实有人数 42 人，其中在职 40 人。", key: .staffActual, value: "42"),
        Case(sentence: "在职人员 77 名，离退休人员 12 名。", key: .staffActual, value: "77"),
        Case(sentence: "全年预算执行率为 96.8%。", key: .executionRate, value: "96.8"),
        Case(sentence: "项目资金执行率达到 100%。", key: .executionRate, value: "100"),
        Case(sentence: "支出完成年初预算的 88.2%。", key: .executionRate, value: "88.2"),
        Case(sentence: "全年办理支付笔数 12.5 万笔。", key: .paymentsCount, value: "12.5"),
        Case(sentence: "共完成国库集中支付 30,000 笔。", key: .paymentsCount, value: "3"),
        Case(sentence: "累计资金支付 4.2 万笔。", key: .paymentsCount, value: "4.2"),
        Case(sentence: "全年支付金额 15.3 亿元。", key: .paymentsAmount, value: "153000"),
        Case(sentence: "直接支付金额为 2.5 亿元。", key: .paymentsAmount, value: "25000"),
        Case(sentence: "授权支付金额 9,800 万元。", key: .paymentsAmount, value: "9800"),
        Case(sentence: "经综合评价，评价得分 91.5 分。", key: .evaluationScore, value: "91.5"),
        Case(sentence: "自评得分为 88 分，等级为良。", key: .evaluationScore, value: "88"),
        Case(sentence: "项目最终评定为 95 分。", key: .evaluationScore, value: "95"),
        Case(sentence: "项目绩效评价等级为优。", key: .evaluationGrade, value: "优"),
        Case(sentence: "自评得分为 88 分，等级为良。", key: .evaluationGrade, value: "良"),
        Case(sentence: "评价等级：中。", key: .evaluationGrade, value: "中"),
    ]

    static func facts(_ sentence: String) -> [Fact] {
        let section = Section(number: "三、", title: "情况说明", level: 2, page: 5, paragraphs: [Paragraph(text: sentence, page: 5)])
        return FactReader().facts(in: [section], year: 2026)
    }

    @Test(arguments: cases)
    func factIsRead(_ example: Case) {
        let facts = Self.facts(example.sentence).filter { $0.key == example.key && $0.quantity == .level }
        let found = facts.first { example.basis == nil || $0.basis == example.basis }
        #expect(found.flatMap { Decimal(string: $0.value) } == Decimal(string: example.value) || found?.value == example.value,
                "\(example.key): \(facts.map(\.value))")
        if let funds = example.funds {
            #expect(found?.funds == funds)
        }
    }

    @Test func everyKeyHasThreePhrasings() {
        let counts = Dictionary(grouping: Self.cases, by: \.key).mapValues { Set($0.map(\.sentence)).count }
        for key in Fact.Key.allCases {
            #expect(counts[key, default: 0] >= 3, "\(key) has \(counts[key, default: 0]) phrasings")
        }
    }

    @Test(arguments: [
        ("“三公”经费预算 40 万元，比上年减少 5 万元。", Fact.Key.sangongTotal, "5"),
        ("机关运行经费较上年增长 3.2 万元。", .administrativeOperation, "3.2"),
        ("人员经费同比增加 11 万元，主要是调资。", .personnelExpenditure, "11"),
    ])
    func changeIsAChange(sentence: String, key: Fact.Key, change: String) {
        let facts = Self.facts(sentence).filter { $0.key == key }
        #expect(facts.contains { $0.quantity == .change && Decimal(string: $0.value) == Decimal(string: change) })
        #expect(!facts.contains { $0.quantity == .level && Decimal(string: $0.value) == Decimal(string: change) })
    }

    @Test func figureOfAnotherYearIsNotThisYears() {
        #expect(Self.facts("2025年项目支出包含一次性经费 30 万元。").isEmpty)
    }

    /// The parts after 其中 are not the whole, and a threshold in 万元 is no amount of its own.
    @Test func partsAreNotTheWhole() {
        let facts = Self.facts("年末实有车辆 5 辆，其中：特种专业技术用车 2 辆、其他用车 3 辆；单价100万元以上设备 0 台。")
        #expect(facts.filter { $0.key == .vehicles }.map(\.value) == ["5"])
        #expect(facts.filter { $0.key == .largeEquipment }.map(\.value) == ["0"])
        #expect(!facts.contains { $0.key == .vehiclePurchases || $0.key == .largeEquipmentPurchases })
        #expect(!facts.contains { $0.unit == "万元" })
    }
}
