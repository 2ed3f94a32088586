import BudgetBenchExtract
import BudgetBenchNormalize
import BudgetBenchSegment
import Foundation
import Testing
import TestSupport

/// Facts read from tables (where the narrative is silent) against the truth's amounts of the
/// table they cite.
@Suite struct TableFactTests {
    @Test func tableFactsAddUpTheTruthOfTheirTable() throws {
        let catalogs = try Catalogs.bundled()
        var checked = 0
        for report in CorpusTruth.reports(in: "Corpus") {
            let truth = try CorpusTruth.load(report)
            let document = try ExtractedDocument.read(path: Repository.report(report), rulings: true)
            let segmented = Segmenter().segment(document.pages)
            let model = ReportModel(pages: document.pages, sections: segmented.sections, tables: segmented.tables, catalogs: catalogs)
            for fact in model.facts where fact.source.contains(": Σ 类 ") && fact.key.rawValue.hasSuffix("_expenditure") {
                let table = try #require(fact.source.firstMatch(of: #/表 (\d+)/#).flatMap { Int($0.output.1) })
                let measure = try #require(fact.source.split(separator: " ").last.map(String.init))
                let expected = truth.amounts.filter { $0.table == table && $0.code.count == 3 && $0.measure == measure }
                    .compactMap { Decimal(string: $0.value) }.reduce(0, +)
                #expect(Decimal(string: fact.value) == expected, "\(report) \(fact.key)")
                checked += 1
            }
        }
        // Longgang's narrative states no 基本支出: it comes from its 支出总表.
        #expect(checked >= 1)
    }
}
