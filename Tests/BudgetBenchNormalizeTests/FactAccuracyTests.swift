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
        let keys = Set(FactReader.wordings.map(\.key))
        var (expected, hits, wrong) = (0, 0, [String]())
        for report in CorpusTruth.reports(in: folder) {
            let truth = try CorpusTruth.load(report, in: folder)
            let document = try ExtractedDocument.read(path: Repository.report(report, in: folder), rulings: true)
            let facts = FactReader().facts(in: Segmenter().segment(document.pages).sections)
            for fact in truth.facts where keys.contains(fact.key) {
                expected += 1
                let found = facts.first { $0.key == fact.key }
                if let found, Decimal(string: found.value) == Decimal(string: fact.value) || found.value == fact.value {
                    hits += 1
                } else {
                    wrong.append("\(report) \(fact.key): \(found?.value ?? "none") vs \(fact.value)")
                }
            }
        }
        let recall = Double(hits) / Double(max(expected, 1))
        print("\(folder): facts \(hits)/\(expected) = \(String(format: "%.3f", recall))", wrong.prefix(12))
        // Measured floors; facts the wordings miss are listed above.
        #expect(recall >= (folder == "Corpus" ? 0.85 : 1.0))
    }
}
