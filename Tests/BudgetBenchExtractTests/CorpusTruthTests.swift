import BudgetBenchExtract
import Testing
import TestSupport

/// Truth and PDFs cannot drift apart: every string of every truth file is on its stated page.
///
/// A table cell may wrap onto several lines, so a cell counts as present when it can be
/// spelled from words of its page (or the next, where a long row breaks across pages).
@Suite struct CorpusTruthTests {
    struct Page {
        let text: String
        let words: Set<String>
    }

    static func pages(of report: String, in folder: String) throws -> [Page] {
        try ExtractedDocument.read(path: Repository.report(report, in: folder)).pages.map { page in
            let words = page.lines.flatMap(\.words).map { stripped($0.text) }
            return Page(text: stripped(page.lines.map(\.text).joined()), words: Set(words))
        }
    }

    static func stripped(_ text: String) -> String {
        String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    }

    /// Whether `text` is a concatenation of words from `words`.
    static func spelled(_ text: String, from words: Set<String>) -> Bool {
        let characters = Array(stripped(text))
        guard !characters.isEmpty else { return true }
        let longest = words.map(\.count).max() ?? 0
        var reachable = [true] + Array(repeating: false, count: characters.count)
        for end in 1...characters.count {
            for start in max(0, end - longest)..<end where reachable[start] {
                if words.contains(String(characters[start..<end])) {
                    reachable[end] = true
                    break
                }
            }
        }
        return reachable[characters.count]
    }

    static func words(_ pages: [Page], around page: Int) -> Set<String> {
        pages[page - 1].words.union(page < pages.count ? pages[page].words : [])
    }

    /// The reference reports and the committed synthetic sample.
    static let reports = ["Corpus", "Corpus/synthetic-sample"].flatMap { folder in
        CorpusTruth.reports(in: folder).map { "\(folder):\($0)" }
    }

    @Test(arguments: reports)
    func everyTruthStringIsOnItsPage(report: String) throws {
        let (folder, name) = (String(report.split(separator: ":")[0]), String(report.split(separator: ":")[1]))
        let truth = try CorpusTruth.load(name, in: folder)
        let pages = try Self.pages(of: name, in: folder)
        #expect(pages.count == truth.pageCount)
        var missing: [String] = []
        for table in truth.tables {
            if !table.title.isEmpty, !pages[table.titlePage - 1].text.contains(Self.stripped(table.title)) {
                missing.append("table \(table.index) title \(table.title) on page \(table.titlePage)")
            }
            for (row, page) in zip(table.body, table.rowPages) {
                for cell in row where !Self.spelled(cell, from: Self.words(pages, around: page)) {
                    missing.append("table \(table.index) cell \(cell.prefix(30)) on page \(page)")
                }
            }
        }
        for amount in truth.amounts where !amount.printed.isEmpty && !pages[amount.page - 1].words.contains(amount.printed) {
            missing.append("amount \(amount.code) \(amount.measure) \(amount.printed) on page \(amount.page)")
        }
        for indicator in truth.indicators where !Self.spelled(indicator.level3Printed, from: Self.words(pages, around: indicator.page)) {
            missing.append("indicator \(indicator.level3Printed) on page \(indicator.page)")
        }
        for fact in truth.facts where !pages[fact.page - 1].text.contains(Self.stripped(fact.source)) {
            missing.append("fact \(fact.key) source \(fact.source) on page \(fact.page)")
        }
        #expect(missing.isEmpty, "\(missing.count) truth strings not found: \(missing.prefix(20))")
    }

    @Test func truthCoversTheCorpus() throws {
        #expect(Self.reports.count == 13)
        let truths = try CorpusTruth.all()
        #expect(truths.count == 5)
        #expect(Set(truths.map(\.identity.kind)) == ["budget", "overall_self_evaluation", "project_evaluation", "final_account", "performance_targets"])
        for truth in truths {
            #expect((10...20).contains(truth.facts.count), "\(truth.report) has \(truth.facts.count) facts")
            #expect(!truth.tables.isEmpty && !truth.indicators.isEmpty)
        }
    }
}
