import BudgetBenchCompare
import Foundation
import Testing
import TestSupport

/// docs/kpis.md documents every KPI the product computes.
@Suite struct KPICatalogDocumentationTests {
    @Test func everyKPIIsDocumented() throws {
        let documentation = try String(contentsOf: Repository.root.appendingPathComponent("docs/kpis.md"), encoding: .utf8)
        for kpi in KPICatalog.fixed {
            #expect(documentation.contains("| `\(kpi.id)` | \(kpi.nameZh) | \(kpi.nameEn) |"), "\(kpi.id) is missing from docs/kpis.md")
        }
    }
}
