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

    static let noIndicator: Set<String> = ["不适用", "无"]

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
            // A 不适用 / 无 row names no indicator (issue 15): the truth keeps such rows as printed.
            let named = truth.indicators.filter { !Self.noIndicator.contains(Self.compact($0.level3)) }
            for indicator in named {
                let key = Key(level3: Self.compact(indicator.level3), level1: indicator.canonicalLevel1, target: Self.compact(indicator.target))
                if let left = found[key], left > 0 {
                    found[key] = left - 1
                    matched += 1
                }
            }
            print("\(report): indicators \(matched) of \(named.count), \(indicators.count) read")
            expected += named.count
            hits += matched
        }
        let recall = Double(hits) / Double(max(expected, 1))
        print("\(folder): indicator recall \(String(format: "%.4f", recall))")
        #expect(recall >= 0.97)
    }
}
