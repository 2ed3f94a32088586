import BudgetBenchExtract
import BudgetBenchNormalize
import BudgetBenchSegment
import Foundation
import Testing
import TestSupport

/// Amounts read from the segmented tables against the truth's amounts: every (code, measure,
/// value, page) found is a hit; recall and precision are printed per report.
@Suite struct AmountAccuracyTests {
    struct Key: Hashable {
        var code: String
        var measure: String
        var value: Decimal
        var page: Int
    }

    @Test(arguments: ["Corpus", "Corpus/synthetic-sample"])
    func amountsMatchTheTruth(folder: String) throws {
        var (expected, found, hits) = (0, 0, 0)
        for report in CorpusTruth.reports(in: folder) {
            let truth = try CorpusTruth.load(report, in: folder)
            let document = try ExtractedDocument.read(path: Repository.report(report, in: folder), rulings: true)
            let tables = Segmenter().segment(document.pages).tables
            let kind = ReportIdentity.Kind(rawValue: truth.identity.kind)
            let amounts = AmountReader(catalog: try CodeCatalog.bundled()).read(tables, kind: kind).amounts
            var wanted = [Key: Int]()
            for amount in truth.amounts {
                wanted[Key(code: amount.code, measure: amount.measure, value: Decimal(string: amount.value)!, page: amount.page), default: 0] += 1
            }
            var matched = 0
            for amount in amounts {
                let key = Key(code: amount.code, measure: amount.measure, value: amount.value, page: amount.page)
                if let left = wanted[key], left > 0 {
                    wanted[key] = left - 1
                    matched += 1
                }
            }
            print("\(report): amounts \(matched) of \(truth.amounts.count) expected, \(amounts.count) found")
            expected += truth.amounts.count
            found += amounts.count
            hits += matched
        }
        let recall = Double(hits) / Double(max(expected, 1))
        let precision = Double(hits) / Double(max(found, 1))
        print("\(folder): amount recall \(String(format: "%.4f", recall)), precision \(String(format: "%.4f", precision))")
        #expect(recall >= 0.99)
        #expect(precision >= 0.99)
    }
}
