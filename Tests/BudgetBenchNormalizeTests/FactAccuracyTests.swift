import BudgetBenchExtract
import BudgetBenchNormalize
import BudgetBenchSegment
import Foundation
import Testing
import TestSupport

/// Headline facts read from the narrative against the truth's facts of the keys the reader knows.
@Suite struct FactAccuracyTests {
    @Test(arguments: ["Corpus", "Corpus/synthetic-sample"])
    func factsMatchTheTruth(folder: String) throws {
        let keys = Set(Fact.Key.allCases.map(\.rawValue))
        var (expected, hits, wrong) = (0, 0, [String]())
        for report in CorpusTruth.reports(in: folder) {
            let truth = try CorpusTruth.load(report, in: folder)
            let document = try ExtractedDocument.read(path: Repository.report(report, in: folder), rulings: true)
            let facts = FactReader().facts(in: Segmenter().segment(document.pages).sections, year: truth.identity.year)
            for fact in truth.facts where keys.contains(fact.key) {
                expected += 1
                // Money facts are held in 万元; the truth keeps the printed unit.
                let scale: Decimal = fact.unit == "亿元" ? 10000 : ["元", "笔"].contains(fact.unit) ? Decimal(string: "0.0001")! : 1
                let levels = facts.filter { $0.key.rawValue == fact.key && $0.quantity == .level }
                let found = levels.first { $0.basis?.rawValue == fact.basis } ?? levels.first
                if let found, Decimal(string: found.value) == Decimal(string: fact.value).map({ $0 * scale }) || found.value == fact.value {
                    hits += 1
                } else {
                    wrong.append("\(report) \(fact.key): \(found?.value ?? "none") vs \(fact.value)")
                }
            }
        }
        let recall = Double(hits) / Double(max(expected, 1))
        print("\(folder): facts \(hits)/\(expected) = \(String(format: "%.3f", recall))", wrong.prefix(12))
        // Every labelled fact; the misses are listed above.
        #expect(recall == 1.0)
    }
}
