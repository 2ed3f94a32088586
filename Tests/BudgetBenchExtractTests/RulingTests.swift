import BudgetBenchPDF
import Testing
import TestSupport

/// Table borders found by rendering the page.
@Suite struct RulingTests {
    @Test func bordersOfTheExpenditureTable() throws {
        let document = try PDFDocument(path: Repository.report("longgang-2023-budget"))
        let page = try document.page(9)
        let rulings = page.rulings()
        let vertical = rulings.filter { !$0.isHorizontal && $0.box.height > 200 }
        let horizontal = rulings.filter { $0.isHorizontal && $0.box.width > 600 }
        #expect(vertical.first.map { abs($0.position - 56) < 3 } == true)
        // Nine columns have ten vertical borders running most of the table's height.
        #expect(vertical.count >= 10)
        #expect(horizontal.count >= 12)
    }
}
