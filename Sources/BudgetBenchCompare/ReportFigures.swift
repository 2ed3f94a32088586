import BudgetBenchNormalize
import BudgetBenchStore
import Foundation

/// The KPI values one logical report supplies, computed from its own amounts, facts and
/// indicators only, so every figure of a derived KPI comes from the same report, year and basis.
/// Amounts come from its tables file; facts from any of its files, each value citing its own.
struct ReportFigures {
    let logical: LogicalReport
    private(set) var values: [String: KPIValue] = [:]
    /// Names of the function classes (类) the report prints.
    private(set) var classNames: [String: String] = [:]

    private var report: StoredReport { logical.tablesFile }

    /// Where a report states what it did, not what it planned.
    private var factBasis: Amount.Basis {
        switch report.identity.kind {
        case .budget, .performanceTargets, nil: .budget
        default: .actual
        }
    }

    init(_ logical: LogicalReport) {
        self.logical = logical
        readTotals()
        readFunctionTable()
        readEconomicTable()
        readFacts()
        derive()
        readIndicators()
    }

    /// 支出总额 of all funds and of the 财政拨款 funds: the 收支总表's 支出合计 where a table prints it,
    /// else the Σ 类 of the main function table of those funds, else the narrative's figure.
    private mutating func readTotals() {
        for (kpi, funds) in [("total_expenditure", Amount.Funds.allFunds), ("fiscal_allocation_expenditure", .fiscalAllocation)] {
            guard let (fact, source) = fact(.totalExpenditure, funds: funds), let number = Decimal(string: fact.value) else { continue }
            set(kpi, number, basis: fact.basis ?? factBasis, page: fact.page, from: source, contradicted: fact.verification == .contradicted)
        }
    }

    private mutating func readFunctionTable() {
        // Shares of the funds a table of all funds prints; else of the 财政拨款 ones.
        let all = report.amounts.filter { $0.funds == .allFunds }.mainTable(.function).classes
        let rows = all.contains(where: { $0.measure == "basic" }) ? all
            : report.amounts.filter { $0.funds == .fiscalAllocation }.mainTable(.function).classes
        guard let first = rows.first else { return }
        let total = rows.column("total").sum
        let page = rows.map(\.page).min() ?? first.page
        let doubtful = rows.column("total").contains { $0.verification == .contradicted }
        let basic = rows.column("basic").sum, project = rows.column("project").sum
        if basic + project > 0, rows.contains(where: { $0.measure == "basic" }) {
            // Of what is planned for the unit's basic and project work: a reserve (预留机动经费) or
            // a carry-over is neither.
            let contradicted = doubtful || rows.contains { ($0.measure == "basic" || $0.measure == "project") && $0.verification == .contradicted }
            set("basic_share", basic / (basic + project), basis: first.basis, page: page, contradicted: contradicted)
            set("project_share", project / (basic + project), basis: first.basis, page: page, contradicted: contradicted)
        }
        guard total > 0 else { return }
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
        let direct: [(Fact.Key, String)] = [(.sangongTotal, "sangong_total"), (.staffAuthorized, "staff_authorized"), (.staffActual, "staff_actual"),
                                            (.paymentsCount, "payments_count"), (.governmentProcurement, "government_procurement"),
                                            (.evaluationScore, "evaluation_score")]
        for (key, kpi) in direct {
            if let (fact, source) = fact(key), let number = Decimal(string: fact.value) {
                set(kpi, number, basis: fact.basis ?? factBasis, page: fact.page, from: source, contradicted: fact.verification == .contradicted)
            }
        }
        if let (fact, source) = fact(.paymentsAmount), let wan = Decimal(string: fact.value) {
            // Facts hold money in 万元; the KPI is in 亿元.
            set("payments_amount", wan / 10000, basis: .actual, page: fact.page, from: source)
        }
        if let (fact, source) = fact(.executionRate), let percent = Decimal(string: fact.value) {
            set("execution_rate", percent / 100, basis: .actual, page: fact.page, from: source)
        }
        if let (fact, source) = fact(.evaluationGrade) {
            values["evaluation_grade"] = value("evaluation_grade", number: nil, text: fact.value, basis: .actual, page: fact.page, from: source)
        }
        // The narrative's figures stand in where no table printed both parts.
        if values["basic_share"] == nil, let (basic, source) = fact(.basicExpenditure, funds: .allFunds),
           let (project, _) = fact(.projectExpenditure, funds: .allFunds),
           let basicValue = Decimal(string: basic.value), let projectValue = Decimal(string: project.value), basicValue + projectValue > 0 {
            set("basic_share", basicValue / (basicValue + projectValue), basis: basic.basis ?? factBasis, page: basic.page, from: source)
            set("project_share", projectValue / (basicValue + projectValue), basis: basic.basis ?? factBasis, page: project.page, from: source)
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

    /// The level fact of `key` (and funds) a file of the report states: a printed table cell
    /// before a Σ 类 before a sentence, a contradicted one last.
    private func fact(_ key: Fact.Key, funds: Amount.Funds? = nil) -> (Fact, StoredReport)? {
        let origins: [Fact.Origin] = [.printedCell, .classSum, .narrative]
        let rank: (Fact) -> Int = { fact in
            (fact.verification == .contradicted ? origins.count : 0) + (origins.firstIndex(of: fact.origin) ?? origins.count)
        }
        return logical.reports.flatMap { report in
            report.facts.filter { $0.key == key && $0.quantity == .level && (funds == nil || ($0.funds ?? .allFunds) == funds) }.map { ($0, report) }
        }.min { rank($0.0) < rank($1.0) }
    }

    private mutating func set(_ kpi: String, _ number: Decimal, basis: Amount.Basis, page: Int, from source: StoredReport? = nil,
                              contradicted: Bool = false) {
        values[kpi] = value(kpi, number: number, text: nil, basis: basis, page: page, from: source)
        values[kpi]?.contradicted = contradicted
    }

    private func value(_ kpi: String, number: Decimal?, text: String?, basis: Amount.Basis, page: Int, from source: StoredReport? = nil) -> KPIValue {
        let file = source ?? report
        return KPIValue(kpi: kpi, number: number, text: text, year: logical.year, basis: basis, kind: logical.kind,
                        reportID: file.id, file: file.fileName, page: page)
    }
}
