import BudgetBenchExtract
import BudgetBenchNormalize
import BudgetBenchSegment
import Foundation
import Testing
import TestSupport

/// The identities 类 = Σ款, 款 = Σ项 on the amounts read from real PDFs.
@Suite struct ConsistencyTests {
    /// The sum findings of a report's model (the checks of the table's own figures, not the catalog's names).
    static func findings(_ path: String) throws -> [Finding] {
        let document = try ExtractedDocument.read(path: path, rulings: true)
        let segmented = Segmenter().segment(document.pages)
        let model = ReportModel(pages: document.pages, sections: segmented.sections, tables: segmented.tables, catalogs: try Catalogs.bundled())
        return model.findings.filter { [.parentNotSumOfChildren, .totalNotBasicPlusProject, .roundingDifference].contains($0.kind) }
    }

    @Test func unbalancedReportYieldsExactlyItsFindings() throws {
        let findings = try Self.findings(Repository.bad("unbalanced-function-table.pdf"))
        // 20106 财政事务 is printed 3,285 where 3,258 belongs, in the four tables that print it
        // (收支总表, 支出总表, 政府预算拨款收支总表, 一般公共预算支出表): in each, 类 201 no longer
        // equals it, and it no longer equals its 项 2010605 + 2010650.
        let real = findings.filter { $0.kind == .parentNotSumOfChildren }
        // And the changed row's total no longer equals its basic + project (2,309 + 949), in the two tables that print them.
        let rows = findings.filter { $0.kind == .totalNotBasicPlusProject }
        #expect(rows.map(\.code) == ["20106", "20106"])
        #expect(Set(real.map(\.code)) == ["201", "20106"])
        #expect(real.allSatisfy { $0.measure == "total" && ($0.printed - $0.sum == 27 || $0.sum - $0.printed == 27) })
        #expect(real.count == 8)
        #expect(Set(real.map(\.table)).count == 4)
    }

    /// The reference reports as published: Yangquan's differences are all the rounding it warns
    /// of; Longgang prints 301 工资福利支出 3,050 over items that add up to 3,049 (in the seed as
    /// in our 元 rendering), which is a real discrepancy to report.
    @Test(arguments: [("longgang-2023-budget", ["301 basic", "301 total"]), ("yangquan-2023-final-account", [])])
    func referenceReportsYieldTheirRealFindingsOnly(report: String, expected: [String]) throws {
        let findings = try Self.findings(Repository.report(report))
        let real = findings.filter { $0.kind != .roundingDifference }
        #expect(real.map { "\($0.code) \($0.measure)" }.sorted() == expected, "\(real.map(\.message))")
    }
}
