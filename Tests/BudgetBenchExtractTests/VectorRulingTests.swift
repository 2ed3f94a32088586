import BudgetBenchExtract
import BudgetBenchPDF
import Foundation
import Testing
import TestSupport

/// Rulings read from the lines a page draws.
@Suite struct VectorRulingTests {
    /// The 支出总表 page of the Longgang budget: a nine-column table whose frame, measured by hand
    /// on the page rendered at 144 dpi, runs from x 56.5–57 to 785–785.5 and y 159.5–160 to 517–517.5.
    @Test func frameOfTheExpenditureTable() throws {
        let document = try PDFDocument(path: Repository.report("longgang-2023-budget"))
        let rulings = try document.page(9).rulings()
        let vertical = rulings.filter { !$0.isHorizontal && $0.box.height > 200 }
        let horizontal = rulings.filter { $0.isHorizontal && $0.box.width > 600 }
        let (left, right) = (56.75, 785.25)
        let (top, bottom) = (159.75, 517.25)
        for x in [left, right] {
            #expect(vertical.contains { abs($0.position - x) <= 0.5 && $0.box.y0 <= top + 0.5 && $0.box.y1 >= bottom - 0.5 }, "no border at x \(x)")
        }
        for y in [top, bottom] {
            #expect(horizontal.contains { abs($0.position - y) <= 0.5 && $0.box.x0 <= left + 0.5 && $0.box.x1 >= right - 0.5 }, "no border at y \(y)")
        }
        // Nine columns have ten vertical borders running most of the table's height.
        #expect(vertical.count == 10)
        #expect(horizontal.count >= 12)
        // Hairlines are given the thickness the table code expects of a ruling.
        #expect(rulings.allSatisfy { min($0.box.width, $0.box.height) >= 0.5 })
    }

    /// A MediaBox of 10^10 pt square (rendering it would take 10^21 pixels): its two lines are
    /// read at once, where the page is, and the page's text and rulings are extracted whole.
    @Test func pageTooBigToRender() throws {
        let path = Repository.fixture("huge-mediabox.pdf")
        let start = Date()
        let page = try PDFDocument(path: path).page(1)
        let rulings = page.rulings()
        #expect(page.width == 1e10 && page.height == 1e10)
        #expect(rulings == [
            Ruling(box: Box(x0: 100, y0: 99.5, x1: 400, y1: 100.5), isHorizontal: true),
            Ruling(box: Box(x0: 99.5, y0: 100, x1: 100.5, y1: 400), isHorizontal: false),
        ])
        let document = try ExtractedDocument.read(path: path, rulings: true)
        #expect(document.pages.first?.rulings.count == 2)
        #expect(Date().timeIntervalSince(start) < 5)
    }
}
