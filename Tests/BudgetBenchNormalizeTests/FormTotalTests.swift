import BudgetBenchNormalize
import Foundation
import Testing
import TestSupport

/// Each form's total score (总分 / 自评得分合计 / 合计) and grade (评价等级 / 自评等级) of `Corpus/forms`
/// as facts of the report: an `evaluation_score` of the same value and an `evaluation_grade` of the
/// same grade on the page the truth names. Recall over the tune set and, as an aggregate, the check set.
@Suite struct FormTotalTests {
    static let target = 0.98
    /// Sets the current reader does not yet bring to the target (see `FormIndicatorTests.belowTarget`).
    /// Measured when the forms were added: tune 0.0145 (1 of 69), check 0.0000 (0 of 22); now tune
    /// 1.0000 (69 of 69), check 1.0000 (22 of 22).
    static let belowTarget: Set<FormTruth.Subset> = []

    @Test(arguments: FormTruth.Subset.allCases)
    func totalsAndGradesAreFacts(subset: FormTruth.Subset) async throws {
        let documents = try await FormCorpus.parsed.value.filter { $0.truth.set == subset }
        var (expected, hits) = (0, 0)
        for document in documents {
            let facts = document.model.facts
            for form in document.truth.forms {
                if let total = form.total {
                    expected += 1
                    if facts.contains(where: { $0.key == .evaluationScore && $0.page == total.page
                        && Decimal(string: $0.value) == Decimal(string: total.score) }) {
                        hits += 1
                    }
                }
                if let grade = form.grade {
                    expected += 1
                    if facts.contains(where: { $0.key == .evaluationGrade && $0.page == grade.page && $0.value == grade.grade }) {
                        hits += 1
                    }
                }
            }
        }
        let recall = Double(hits) / Double(max(expected, 1))
        print("forms \(subset.rawValue): totals and grades \(hits) of \(expected), recall \(String(format: "%.4f", recall))")
        #expect(expected > 0)
        if Self.belowTarget.contains(subset) {
            withKnownIssue("form totals and grades are not yet read as facts (issue 15)") {
                #expect(recall >= Self.target)
            }
        } else {
            #expect(recall >= Self.target)
        }
    }
}
