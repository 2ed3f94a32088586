import BudgetBenchNormalize
import BudgetBenchStore
import Foundation

/// The KPI values one report supplies, computed from its amounts, facts and indicators only,
/// so every figure of a derived KPI comes from the same report, year and basis.
struct ReportFigures {
    let report: StoredReport
    private(set) var values: [String: KPIValue] = [:]
    /// Names of the function classes (类) the report prints.
    private(set) var classNames: [String: String] = [:]

    /// Where a report states what it did, not what it planned.
    private var factBasis: Amount.Basis {
        switch report.identity.kind {
        case .budget, .performanceTargets, nil: .budget
        default: .actual
        }
    }

    init(_ report: StoredReport) {
        self.report = report
        readFunctionTable()
        readEconomicTable()
        readFacts()
        derive()
        readIndicators()
    }

    private mutating func readFunctionTable() {
        let rows = report.amounts.mainTable(.function).classes
        guard let first = rows.first else { return }
        let total = rows.column("total").sum
        let page = rows.map(\.page).min() ?? first.page
        let doubtful = rows.column("total").contains { $0.verification == .contradicted }
        set("total_expenditure", total, basis: first.basis, page: page, contradicted: doubtful)
        guard total > 0 else { return }
        for measure in ["basic", "project"] where rows.contains(where: { $0.measure == measure }) {
            set("\(measure)_share", rows.column(measure).sum / total, basis: first.basis, page: page,
                contradicted: doubtful || rows.column(measure).contains { $0.verification == .contradicted })
        }
        for row in rows where row.measure == "total" {
            classNames[row.code] = row.name
            set("function_share_\(row.code)", row.value / total, basis: row.basis, page: row.page, contradicted: doubtful)
        }
    }

    private mutating func readEconomicTable() {
        let rows = report.amounts.mainTable(.economic).classes
        guard let first = rows.first else { return }
        let total = rows.column("total").sum
        guard total > 0 else { return }
        let doubtful = rows.column("total").contains { $0.verification == .contradicted }
        for (code, kpi) in [("301", "personnel_share"), ("302", "public_share"), ("303", "subsidies_share")] {
            let value = rows.column("total").filter { $0.code == code }.sum
            set(kpi, value / total, basis: first.basis, page: rows.first { $0.code == code }?.page ?? first.page, contradicted: doubtful)
        }
    }

    private mutating func readFacts() {
        let direct = ["sangong_total", "staff_authorized", "staff_actual", "payments_count", "payments_amount",
                      "government_procurement", "evaluation_score"]
        for key in direct {
            if let fact = fact(key), let number = Decimal(string: fact.value) {
                set(key, number, basis: factBasis, page: fact.page)
            }
        }
        if let fact = fact("execution_rate"), let percent = Decimal(string: fact.value) {
            set("execution_rate", percent / 100, basis: .actual, page: fact.page)
        }
        if let fact = fact("evaluation_grade") {
            values["evaluation_grade"] = value("evaluation_grade", number: nil, text: fact.value, basis: .actual, page: fact.page)
        }
        // The narrative's figures stand in where no function table was read.
        if values["total_expenditure"] == nil, let fact = fact("total_expenditure"), let total = Decimal(string: fact.value) {
            set("total_expenditure", total, basis: factBasis, page: fact.page)
        }
        if let total = values["total_expenditure"]?.number, total > 0 {
            for measure in ["basic", "project"] where values["\(measure)_share"] == nil {
                if let part = self.fact("\(measure)_expenditure"), let number = Decimal(string: part.value) {
                    set("\(measure)_share", number / total, basis: factBasis, page: part.page)
                }
            }
        }
    }

    private mutating func derive() {
        if let sangong = values["sangong_total"]?.number, let staff = values["staff_actual"], let people = staff.number, people > 0 {
            set("sangong_per_staff", sangong / people, basis: factBasis, page: staff.page)
        }
        if let actual = values["staff_actual"]?.number, let authorized = values["staff_authorized"], let slots = authorized.number, slots > 0 {
            set("staff_fill_ratio", actual / slots, basis: factBasis, page: authorized.page)
        }
        if let total = values["total_expenditure"]?.number, let payments = values["payments_count"], let count = payments.number, count > 0 {
            // 万元 ÷ 万笔 = 元 per payment.
            set("cost_per_thousand_payments", total / count * 1000, basis: factBasis, page: payments.page,
                contradicted: values["total_expenditure"]?.contradicted ?? false)
        }
    }

    private mutating func readIndicators() {
        let indicators = report.indicators
        guard let first = indicators.first else { return }
        let page = first.page
        set("indicator_count", Decimal(indicators.count), basis: .budget, page: page)
        for (level, kpi) in [("产出", "indicator_output_count"), ("效益", "indicator_effect_count"), ("满意度", "indicator_satisfaction_count")] {
            set(kpi, Decimal(indicators.count { $0.canonicalLevel1 == level }), basis: .budget, page: page)
        }
        for (level, kpi) in [("数量", "indicator_quantity_count"), ("质量", "indicator_quality_count"), ("时效", "indicator_timeliness_count"),
                             ("成本", "indicator_cost_count"), ("社会效益", "indicator_social_effect_count"),
                             ("可持续影响", "indicator_sustainability_count")] {
            set(kpi, Decimal(indicators.count { $0.canonicalLevel2 == level }), basis: .budget, page: page)
        }
        let targeted = indicators.compactMap(\.target)
        if !targeted.isEmpty {
            set("quantitative_target_share", Decimal(targeted.count { $0.number != nil }) / Decimal(targeted.count), basis: .budget, page: page)
        }
        let satisfaction = indicators.filter { $0.canonicalLevel1 == "满意度" || $0.canonicalLevel2.contains("满意度") }
            .compactMap { indicator in indicator.target.flatMap { $0.unit == "%" ? $0.number : nil } }
        if let median = Statistics.median(satisfaction) {
            set("satisfaction_target", median / 100, basis: .budget, page: page)
        }
    }

    private func fact(_ key: String) -> Fact? {
        report.facts.first { $0.key == key }
    }

    private mutating func set(_ kpi: String, _ number: Decimal, basis: Amount.Basis, page: Int, contradicted: Bool = false) {
        values[kpi] = value(kpi, number: number, text: nil, basis: basis, page: page)
        values[kpi]?.contradicted = contradicted
    }

    private func value(_ kpi: String, number: Decimal?, text: String?, basis: Amount.Basis, page: Int) -> KPIValue {
        KPIValue(kpi: kpi, number: number, text: text, year: report.identity.year, basis: basis, kind: report.identity.kind,
                 reportID: report.id, file: report.fileName, page: page)
    }
}
