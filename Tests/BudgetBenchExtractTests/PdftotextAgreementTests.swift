import BudgetBenchExtract
import Foundation
import Testing
import TestSupport

/// Our text against `pdftotext -layout` on every page of the corpus, whitespace removed.
///
/// Both read the same poppler glyphs, so the characters must agree exactly. The order may
/// differ only where the two group a wrapped header cell into lines differently.
@Suite struct PdftotextAgreementTests {
    struct Comparison {
        var pages = 0
        var sameCharacters = 0
        var sameOrder = 0
        var mismatches: [String] = []
    }

    static func stripped(_ text: Substring) -> String {
        String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    }

    static func compare(_ files: [String]) throws -> Comparison {
        let pdftotext = try #require(Command.which("pdftotext"), "pdftotext (poppler-utils) is needed for this test")
        var comparison = Comparison()
        for file in files {
            let ours = try ExtractedDocument.read(path: file).plainText
                .split(separator: "\u{0C}", omittingEmptySubsequences: false)
            let reference = try Command.run(pdftotext, ["-layout", file, "-"]).standardOutput
                .split(separator: "\u{0C}", omittingEmptySubsequences: false)
            for (index, (mine, theirs)) in zip(ours, reference).enumerated() {
                let (a, b) = (stripped(mine), stripped(theirs))
                comparison.pages += 1
                if a.sorted() == b.sorted() {
                    comparison.sameCharacters += 1
                } else {
                    comparison.mismatches.append("\(file) page \(index + 1)")
                }
                if a == b { comparison.sameOrder += 1 }
            }
        }
        return comparison
    }

    @Test func everyCorpusPageHasPdftotextsCharacters() throws {
        let result = try Self.compare(Repository.reports)
        #expect(result.pages > 100)
        #expect(result.mismatches.isEmpty, "pages whose characters differ: \(result.mismatches)")
        // Measured: 99 of 105 pages in exactly pdftotext's order; the rest group wrapped headers differently.
        #expect(Double(result.sameOrder) >= 0.9 * Double(result.pages), "same order on \(result.sameOrder) of \(result.pages) pages")
    }

    @Test func rotatedFixturesToo() throws {
        let result = try Self.compare([
            Repository.fixture("longgang-table-rotated-90.pdf"),
            Repository.fixture("longgang-table-rotated-180.pdf"),
        ])
        #expect(result.pages == 2)
        #expect(result.mismatches.isEmpty)
    }
}
