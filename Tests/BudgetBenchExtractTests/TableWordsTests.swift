import BudgetBenchExtract
import Testing
import TestSupport

/// Table cells come out as separate words in column order, even where poppler's own text
/// runs them together (`201一般公共服务支出 3,2582,309949`). The Longgang tables print 元.
@Suite struct TableWordsTests {
    let document: ExtractedDocument

    init() throws {
        document = try ExtractedDocument.read(path: Repository.report("longgang-2023-budget"))
    }

    /// The words of the first line starting with `first` after the line reading `title`, with its page.
    func line(startingWith first: String, after title: String) -> (page: Int, words: [String])? {
        let lines = document.pages.flatMap { page in page.lines.map { (page.number, $0) } }
        guard let start = lines.firstIndex(where: { $0.1.text == title }) else { return nil }
        return lines[start...].first { $0.1.words.first?.text == first }.map { ($0.0, $0.1.words.map(\.text)) }
    }

    @Test func functionClassRowOfTheExpenditureTable() throws {
        let row = try #require(line(startingWith: "201", after: "支出总表"))
        #expect(row.words == ["201", "一般公共服务支出", "32,580,000.00", "23,090,000.00", "9,490,000.00", "7,620,000.00", "7,620,000.00", "0.00"])
    }

    @Test func itemRowOfTheExpenditureTable() throws {
        let row = try #require(line(startingWith: "2010605", after: "支出总表"))
        #expect(row.words == ["2010605", "财政国库业务", "9,490,000.00", "0.00", "9,490,000.00", "7,620,000.00", "7,620,000.00", "0.00"])
    }

    @Test func rowOfTheGeneralBudgetTableByFunction() throws {
        let row = try #require(line(startingWith: "2101102", after: "一般公共预算支出表（按功能分类）"))
        #expect(row.words == ["2101102", "事业单位医疗", "950,000.00", "950,000.00", "0.00"])
    }

    @Test func columnsAreSeparatedByTabsInPlainText() throws {
        let text = document.plainText
        #expect(text.contains("201\t一般公共服务支出\t32,580,000.00\t23,090,000.00\t9,490,000.00\t7,620,000.00\t7,620,000.00\t0.00\n"))
        #expect(text.split(separator: "\u{0C}", omittingEmptySubsequences: false).count == document.pageCount)
    }

    @Test func prosePreservesItsOwnSpaces() throws {
        let text = document.plainText
        #expect(text.contains("行政编制数 0 人，实有在编人"))
    }

    @Test func wordsCarryFontAttributes() throws {
        let words = document.pages.flatMap(\.lines).flatMap(\.words)
        #expect(words.allSatisfy { $0.fontSize > 0 && !$0.fontName.isEmpty })
        let title = try #require(document.pages.flatMap(\.lines).first { $0.text == "支出总表" }?.words.first)
        let cell = try #require(words.first { $0.text == "财政国库业务" })
        #expect(title.fontSize > cell.fontSize)
        #expect(title.fontName.localizedStandardContains("Bold"))
    }
}
