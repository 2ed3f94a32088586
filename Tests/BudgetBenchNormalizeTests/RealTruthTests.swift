import BudgetBenchNormalize
import BudgetBenchPDF
import Foundation
import Testing
import TestSupport

/// Amounts of the real reports against the truth labelled by hand from their printed pages
/// (`Corpus/real-truth`). The tune half is printed file by file; the check half, which
/// development does not look at, only as one aggregate — it is the headline figure.
@Suite struct RealTruthTests {
    static var available: Bool { !Repository.realReports.isEmpty }

    static func emitted(_ model: ReportModel) -> [AmountScore.Emitted] {
        model.amounts.map {
            AmountScore.Emitted(code: $0.code, measure: $0.measure, basis: $0.basis.rawValue, value: $0.value, page: $0.page,
                                verified: $0.verification == .verified)
        }
    }

    @Test(.enabled(if: available, "needs the real reports in ../shared/real"))
    func amountsMatchTheHandLabelledTruth() async throws {
        let parsed = try await RealReports.parsed.value
        let truths = try RealTruth.all()
        #expect(truths.count >= 10)
        var halves: [RealTruth.Split: AmountScore] = [.tune: AmountScore(), .check: AmountScore()]
        for truth in truths {
            let report = try #require(parsed.first { $0.relativePath == truth.file }, "no real report \(truth.file)")
            #expect(FileDigest.sha256(path: report.path) == truth.sha256, "\(truth.file) is not the labelled file")
            let score = AmountScore(truth: truth.amounts, emitted: Self.emitted(report.model))
            halves[truth.split] = halves[truth.split]! + score
            if truth.split == .tune {
                print("real truth (tune) \(truth.file): \(score.summary)", score.misses.prefix(8), score.wrongValues.prefix(8))
            }
        }
        let tune = halves[.tune]!
        let check = halves[.check]!
        print("real truth, check half (headline): \(check.summary)")
        print("real truth, tune half: \(tune.summary)")
        // Targets: recall ≥ 0.99, every value right, no wrong value among verified amounts,
        // verified share ≥ 0.95. The check half misses the recall target (0.965 on 2026-12-01, the
        // closing note says why); its floor guards against a regression until it is met.
        #expect(tune.recall >= 0.99)
        #expect(check.recall >= 0.95)
        for score in [tune, check] {
            #expect(score.agreement == 1)
            #expect(score.verifiedWrong == 0)
            #expect(score.verifiedShare >= 0.95)
        }
    }
}
