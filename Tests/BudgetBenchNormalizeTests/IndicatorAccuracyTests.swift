import BudgetBenchExtract
import BudgetBenchNormalize
import BudgetBenchSegment
import Testing
import TestSupport

/// Indicators read from the segmented tables against the truth: a hit has the same level3,
/// canonical level1 and target text.
@Suite struct IndicatorAccuracyTests {
    struct Key: Hashable {
        var level3: String
        var level1: String
        var target: String
    }

    static func compact(_ text: String?) -> String { (text ?? "").filter { !$0.isWhitespace } }

    @Test(arguments: ["Corpus", "Corpus/synthetic-sample"])
    func indicatorsMatchTheTruth(folder: String) throws {
        var (expected, hits) = (0, 0)
        for report in CorpusTruth.reports(in: folder) {
            let truth = try CorpusTruth.load(report, in: folder)
            let document = try ExtractedDocument.read(path: Repository.report(report, in: folder), rulings: true)
            let indicators = IndicatorReader().indicators(in: Segmenter().segment(document.pages).tables)
            var found = [Key: Int]()
            for indicator in indicators {
                found[Key(level3: Self.compact(indicator.level3), level1: indicator.canonicalLevel1, target: Self.compact(indicator.target?.text)), default: 0] += 1
            }
            var matched = 0
            for indicator in truth.indicators {
                let key = Key(level3: Self.compact(indicator.level3), level1: indicator.canonicalLevel1, target: Self.compact(indicator.target))
                if let left = found[key], left > 0 {
                    found[key] = left - 1
                    matched += 1
                }
            }
            print("\(report): indicators \(matched) of \(truth.indicators.count), \(indicators.count) read")
            expected += truth.indicators.count
            hits += matched
        }
        let recall = Double(hits) / Double(max(expected, 1))
        print("\(folder): indicator recall \(String(format: "%.4f", recall))")
        #expect(recall >= 0.97)
    }
}
