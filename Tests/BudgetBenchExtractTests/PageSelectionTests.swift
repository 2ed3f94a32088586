import BudgetBenchExtract
import BudgetBenchPDF
import Testing

@Suite struct PageSelectionTests {
    @Test(arguments: [
        ("3", [3]),
        ("2-5", [2, 3, 4, 5]),
        ("1,4-6", [1, 4, 5, 6]),
        ("7-", [7, 8, 9]),
        ("2,2,1-2", [1, 2]),
    ])
    func parsesPageLists(text: String, pages: [Int]) throws {
        let selection = try #require(PageSelection(text))
        #expect(try selection.pageNumbers(pageCount: 9, file: "x.pdf") == pages)
    }

    @Test(arguments: ["", "0", "a", "5-2", "1,,2", "-3"])
    func rejectsWhatIsNotAPageList(text: String) {
        #expect(PageSelection(text) == nil)
    }

    @Test func pagePastTheEndNamesFileAndCount() {
        #expect(throws: PDFError(file: "x.pdf", reason: .pageOutOfRange(requested: 12, pageCount: 9))) {
            try PageSelection("3-12")!.pageNumbers(pageCount: 9, file: "x.pdf")
        }
    }
}
