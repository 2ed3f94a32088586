import BudgetBenchCompare
import BudgetBenchNormalize
import BudgetBenchStore
import Foundation

/// The rows of the workbook's list sheets, from the compared centers' reports.
struct WorkbookLists {
    typealias List = (name: Heading, headings: [Heading], records: [[RecordSheet.Cell]])

    /// The “三公” parts: overseas travel, vehicle purchase, vehicle running, reception.
    static let sangongParts: [Fact.Key] = [.sangongOverseas, .sangongVehiclePurchase, .sangongVehicleRunning, .sangongReception]

    let comparison: Comparison
    /// Units in the workbook's order.
    let centers: [PeerCenter]
    let reports: [Int64: StoredReport]
    let language: Language

    private var all: [(center: PeerCenter, report: StoredReport)] {
        centers.flatMap { center in center.reports.map { (center, $0) } }
    }

    private func chosen(_ kpi: String, for center: PeerCenter) -> StoredReport? {
        comparison.rows.first { $0.kpi.id == kpi }?.cells[center.key].flatMap { reports[$0.value.reportID] }
    }

    private func identity(_ center: PeerCenter, _ report: StoredReport) -> [RecordSheet.Cell] {
        [.text(center.name), .integer(report.identity.year), .text(ReportIdentity.Kind.name(report.identity.kind, language))]
    }

    private static let identityHeadings = [Heading("单位", "Unit"), Heading("年度", "Year"), Heading("报告类型", "Kind")]

    var sangong: List {
        let headings = Self.identityHeadings + [Heading("“三公”经费（万元）", "Three public expenses"), Heading("因公出国（境）", "Overseas travel"),
                                                Heading("公务用车购置", "Vehicle purchase"), Heading("公务用车运行维护", "Vehicle running"),
                                                Heading("公务接待", "Reception"), Heading("实有人数", "Staff"), Heading("人均（万元/人）", "Per staff"),
                                                Heading("文件", "File"), Heading("页", "Page")]
        let records = centers.compactMap { center -> [RecordSheet.Cell]? in
            guard let report = chosen("sangong_total", for: center) ?? chosen("total_expenditure", for: center) else { return nil }
            let level = { (key: Fact.Key) in report.facts.first { $0.key == key && $0.quantity == .level } }
            let fact = level(.sangongTotal)
            let staff = level(.staffActual).flatMap { Decimal(string: $0.value) }
            let total = fact.flatMap { Decimal(string: $0.value) }
            // The parts as the “三公” table (or the narrative) prints them, never an economic code's line.
            let parts: [RecordSheet.Cell] = Self.sangongParts.map { key in .money(level(key).flatMap { Decimal(string: $0.value) }) }
            let perStaff = total.flatMap { total in staff.flatMap { $0 > 0 ? total / $0 : nil } }
            return identity(center, report) + [.money(total)] + parts
                + [.integer(staff.map { NSDecimalNumber(decimal: $0).intValue }), .money(perStaff.map { KPIFormat.rounded($0, unit: .wanYuanPerPerson) }),
                   .text(report.fileName), .integer(fact?.page)]
        }
        return (Heading("三公经费", "Three public expenses"), headings, records)
    }

    var indicators: List {
        let headings = Self.identityHeadings + [Heading("项目", "Project"), Heading("一级指标", "Level 1"), Heading("二级指标", "Level 2"),
                                                Heading("三级指标", "Level 3"), Heading("一级（规范）", "Level 1 (canonical)"),
                                                Heading("二级（规范）", "Level 2 (canonical)"), Heading("指标值", "Target"),
                                                Heading("实际完成值", "Actual"), Heading("分值", "Weight"), Heading("得分", "Score"),
                                                Heading("文件", "File"), Heading("页", "Page")]
        let records = all.flatMap { center, report in
            report.indicators.map { indicator -> [RecordSheet.Cell] in
                identity(center, report) + [.text(indicator.project ?? ""), .text(indicator.level1), .text(indicator.level2),
                                            .text(indicator.level3), .text(indicator.canonicalLevel1), .text(indicator.canonicalLevel2),
                                            .text(indicator.target?.text ?? ""), .text(indicator.actual?.text ?? ""),
                                            .text(indicator.weight ?? ""), .text(indicator.score ?? ""), .text(report.fileName),
                                            .integer(indicator.page)]
            }
        }
        return (Heading("绩效指标", "Indicators"), headings, records)
    }

    var scores: List {
        let headings = Self.identityHeadings + [Heading("评价得分", "Score"), Heading("等级", "Grade"), Heading("预算执行率", "Execution rate"),
                                                Heading("指标得分合计", "Σ indicator scores"), Heading("指标分值合计", "Σ indicator weights"),
                                                Heading("文件", "File"), Heading("页", "Page")]
        let records = all.compactMap { center, report -> [RecordSheet.Cell]? in
            let fact = { (key: Fact.Key) in report.facts.first { $0.key == key } }
            let scores = report.indicators.compactMap { $0.score.flatMap { Decimal(string: $0) } }
            let weights = report.indicators.compactMap { $0.weight.flatMap { Decimal(string: $0) } }
            guard fact(.evaluationScore) != nil || fact(.evaluationGrade) != nil || fact(.executionRate) != nil || !scores.isEmpty else {
                return nil
            }
            let page = fact(.evaluationScore)?.page ?? fact(.evaluationGrade)?.page ?? fact(.executionRate)?.page
            return identity(center, report) + [.money(fact(.evaluationScore).flatMap { Decimal(string: $0.value) }),
                                               .text(fact(.evaluationGrade)?.value ?? ""),
                                               .share(fact(.executionRate).flatMap { Decimal(string: $0.value) }.map { $0 / 100 }),
                                               .money(scores.isEmpty ? nil : scores.reduce(0, +)),
                                               .money(weights.isEmpty ? nil : weights.reduce(0, +)), .text(report.fileName), .integer(page)]
        }
        return (Heading("评分", "Scores"), headings, records)
    }

    /// Execution rates stated per project: the indicators about 执行率 of the tables that belong to a project.
    var projects: List {
        let headings = Self.identityHeadings + [Heading("项目", "Project"), Heading("指标", "Indicator"), Heading("指标值", "Target"),
                                                Heading("实际完成值", "Actual"), Heading("得分", "Score"), Heading("文件", "File"),
                                                Heading("页", "Page")]
        let records = all.flatMap { center, report in
            report.indicators.filter { $0.level3.contains("执行率") }.map { indicator -> [RecordSheet.Cell] in
                identity(center, report) + [.text(indicator.project ?? ""), .text(indicator.level3), .text(indicator.target?.text ?? ""),
                                            .text(indicator.actual?.text ?? ""), .text(indicator.score ?? ""), .text(report.fileName),
                                            .integer(indicator.page)]
            }
        }
        return (Heading("项目执行率", "Projects"), headings, records)
    }

    var sources: List {
        let headings = [Heading("单位", "Unit"), Heading("印刷名称", "Name as printed"), Heading("年度", "Year"), Heading("报告类型", "Kind"),
                        Heading("页数", "Pages"), Heading("文件", "File"), Heading("SHA-256", "SHA-256"),
                        Heading("解析器版本", "Parser version"), Heading("入库时间", "Ingested at"), Heading("路径", "Path")]
        let records = all.map { center, report -> [RecordSheet.Cell] in
            [.text(center.name), .text(report.identity.entity ?? ""), .integer(report.identity.year), .text(ReportIdentity.Kind.name(report.identity.kind, language)),
             .integer(report.provenance.pageCount), .text(report.fileName), .text(report.provenance.sha256),
             .text(report.provenance.parserVersion), .text(report.provenance.ingestedAt.formatted(.iso8601)), .text(report.provenance.path)]
        }
        return (Heading("来源", "Sources"), headings, records)
    }

    var checks: List {
        let headings = Self.identityHeadings + [Heading("类型", "Finding"), Heading("科目编码", "Code"), Heading("栏目", "Measure"),
                                                Heading("印刷数（万元）", "Printed"), Heading("合计数（万元）", "Sum"), Heading("差额", "Difference"),
                                                Heading("页", "Page"), Heading("文件", "File"), Heading("说明", "Message")]
        let records = all.flatMap { center, report in
            report.findings.map { finding -> [RecordSheet.Cell] in
                identity(center, report) + [.text(Vocabulary.finding(finding.kind, language)), .text(finding.code),
                                            .text(Vocabulary.measure(finding.measure, language)), .money(finding.printed),
                                            .money(finding.sum), .money(finding.printed - finding.sum), .integer(finding.page),
                                            .text(report.fileName), .text(Vocabulary.message(finding, language))]
            }
        }
        return (Heading("校验", "Checks"), headings, records)
    }
}
