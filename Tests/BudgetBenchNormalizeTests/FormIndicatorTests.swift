import BudgetBenchNormalize
import Testing
import TestSupport

/// Indicators of the performance forms of `Corpus/forms` (rendered by other routes than the Corpus:
/// Writer tables, Calc sheets, HTML) against the generator's truth. An indicator is matched by its
/// 三级 name and page; a hit also has the truth's 一级 and 二级 names (as printed, without a weight)
/// and target text. Recall is measured per tune route and, for the check set, only as an aggregate.
@Suite struct FormIndicatorTests {
    static let target = 0.98
    /// Groups the current reader does not yet bring to the target: each is asserted inside
    /// `withKnownIssue`, so the test fails once the reader gets there and the group must leave this set.
    /// Measured when the forms were added: writer 0.4419, calc 0.3776, html 0.5365, check 0.0321;
    /// now writer 0.9813 and html 0.9927 (both at the target), calc 0.9184, check 0.8929.
    static let belowTarget: Set<String> = ["calc", "check"]

    struct Place: Hashable {
        var level3: String
        var page: Int
    }

    struct Score {
        var expected = 0, placed = 0, hits = 0
        var placedRecall: Double { Double(placed) / Double(max(expected, 1)) }
        var recall: Double { Double(hits) / Double(max(expected, 1)) }

        static func += (total: inout Score, score: Score) {
            total.expected += score.expected
            total.placed += score.placed
            total.hits += score.hits
        }
    }

    static func compact(_ text: String?) -> String { (text ?? "").filter { !$0.isWhitespace } }

    /// The score of each form of a document, in the truth's order.
    static func scores(_ truth: FormTruth, _ indicators: [Indicator]) -> [Score] {
        var found = [Place: [Indicator]]()
        for indicator in indicators {
            found[Place(level3: compact(indicator.level3), page: indicator.page), default: []].append(indicator)
        }
        return truth.forms.map { score($0, &found) }
    }

    static func score(_ form: FormTruth.Form, _ found: inout [Place: [Indicator]]) -> Score {
        var score = Score()
        for expected in form.indicators {
            score.expected += 1
            let place = Place(level3: compact(expected.level3), page: expected.page)
            guard let candidates = found[place], !candidates.isEmpty else { continue }
            score.placed += 1
            let hit = candidates.firstIndex {
                compact($0.level1) == compact(expected.level1) && compact($0.level2) == compact(expected.level2)
                    && compact($0.target?.text) == compact(expected.target)
            }
            if let hit {
                score.hits += 1
                found[place]?.remove(at: hit)
            }
        }
        return score
    }

    @Test(arguments: ["writer", "calc", "html", "check"])
    func indicatorsMatchTheTruth(group: String) async throws {
        let documents = try await FormCorpus.parsed.value.filter {
            group == "check" ? $0.truth.set == .check : $0.truth.set == .tune && $0.truth.route == group
        }
        #expect(!documents.isEmpty)
        var total = Score()
        var byKind = [String: Score]()
        for document in documents {
            let scores = Self.scores(document.truth, document.model.indicators)
            var score = Score()
            for (form, formScore) in zip(document.truth.forms, scores) {
                score += formScore
                byKind[form.kind, default: Score()] += formScore
            }
            if document.truth.set == .tune {
                print("\(document.truth.document): \(score.hits) of \(score.expected) (names on their page \(score.placed)), "
                    + "\(document.model.indicators.count) read")
            }
            total += score
        }
        if group != "check" {
            for (kind, score) in byKind.sorted(by: { $0.key < $1.key }) {
                print("forms \(group) \(kind): recall \(String(format: "%.4f", score.recall)) of \(score.expected)")
            }
        }
        print("forms \(group): \(documents.count) documents, \(total.expected) indicators, "
            + "recall of names + target \(String(format: "%.4f", total.recall)), "
            + "of level-3 names on their page \(String(format: "%.4f", total.placedRecall))")
        if Self.belowTarget.contains(group) {
            withKnownIssue("the indicator reader does not yet read these forms (issue 15)") {
                #expect(total.recall >= Self.target)
            }
        } else {
            #expect(total.recall >= Self.target)
        }
    }
}
