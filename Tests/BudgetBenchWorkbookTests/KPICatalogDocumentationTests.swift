import BudgetBenchCompare
import Foundation
import Testing
import TestSupport

/// docs/kpis.md documents every KPI the product computes, and its direction.
@Suite struct KPICatalogDocumentationTests {
    let documentation: String

    init() throws {
        documentation = try String(contentsOf: Repository.root.appendingPathComponent("docs/kpis.md"), encoding: .utf8)
    }

    @Test func everyKPIIsDocumented() {
        for kpi in KPICatalog.fixed {
            #expect(documentation.contains("| `\(kpi.id)` | \(kpi.nameZh) | \(kpi.nameEn) |"), "\(kpi.id) is missing from docs/kpis.md")
        }
    }

    @Test func everyDirectionIsDocumentedWithItsReason() {
        let words: [KPI.Direction: String] = [.higherIsBetter: "higher is better", .lowerIsBetter: "lower is better", .neutral: "neutral"]
        for kpi in KPICatalog.fixed {
            #expect(documentation.contains("| `\(kpi.id)` | \(words[kpi.direction] ?? "") | \(kpi.reason.en) |"),
                    "\(kpi.id)'s direction is missing from docs/kpis.md or differs from the catalog")
        }
    }

    /// The Chinese workbook's notes carry each caveat in Chinese.
    @Test func everyCaveatHasItsChineseWording() {
        for kpi in KPICatalog.fixed + [KPICatalog.functionShare(code: "201", name: "一般公共服务支出")] {
            #expect(kpi.caveat.isEmpty == kpi.caveatZh.isEmpty, "\(kpi.id)")
        }
    }

    /// The KPIs the issue named as wrongly green at their highest are not "higher is better".
    @Test func costsAndSizesAreNotHigherIsBetter() throws {
        let directions = Dictionary(uniqueKeysWithValues: KPICatalog.fixed.map { ($0.id, $0.direction) })
        #expect(directions["sangong_total"] == .lowerIsBetter)
        #expect(directions["cost_per_thousand_payments"] == .lowerIsBetter)
        #expect(directions["staff_authorized"] == .neutral)
        #expect(directions["execution_rate"] == .higherIsBetter)
        #expect(directions["evaluation_score"] == .higherIsBetter)
    }
}
