import BudgetBenchExtract
import BudgetBenchPDF
import Testing
import TestSupport

/// Landscape pages, pages with /Rotate, and text drawn rotated all read upright.
@Suite struct RotationTests {
    static let original = Repository.report("longgang-2023-budget")
    /// The page of 表3 支出总表, the landscape table the rotated fixtures were cut from.
    static let landscapeTablePage = (try? CorpusTruth.load("longgang-2023-budget").tables.first { $0.number == "表3" }?.pages[0]) ?? 0

    func upright(_ path: String, page: Int = 1) throws -> PageText {
        try ExtractedDocument.read(path: path, pages: PageSelection("\(page)")!).pages[0]
    }

    @Test func landscapePageReadsAsLandscape() throws {
        let page = try upright(Self.original, page: Self.landscapeTablePage)
        #expect(page.width > page.height)
        #expect(page.rotation == 0)
        #expect(page.lines.contains { $0.text.hasPrefix("201\t一般公共服务支出") })
    }

    @Test(arguments: [("longgang-table-rotated-90.pdf", 90), ("longgang-table-rotated-180.pdf", 180)])
    func rotatedPageReadsLikeTheOriginal(fixture: String, degrees: Int) throws {
        let reference = try upright(Self.original, page: Self.landscapeTablePage)
        let rotated = try upright(Repository.fixture(fixture))
        #expect(rotated.rotation == degrees)
        #expect(rotated.lines.map(\.text) == reference.lines.map(\.text))
        #expect(abs(rotated.width - reference.width) < 0.01 && abs(rotated.height - reference.height) < 0.01)
    }

    /// Glyphs of one line laid out running downward, as a page drawn rotated by 90° gives them.
    @Test func textDrawnRotatedIsTurnedBack() {
        let cells = ["201", "一般公共服务支出", "3,258"]
        var glyphs: [PDFGlyph] = []
        var y = 100.0
        for cell in cells {
            for scalar in cell.unicodeScalars {
                glyphs.append(PDFGlyph(text: String(scalar), box: Box(x0: 500, y0: y, x1: 510, y1: y + 10), fontName: "Serif", fontSize: 10))
                y += 10
            }
            y += 20
        }
        let page = PageExtractor().extract(glyphs: glyphs, number: 1, width: 595, height: 842)
        #expect(page.rotation == 90)
        #expect(page.width == 842 && page.height == 595)
        #expect(page.lines.map(\.text) == ["201\t一般公共服务支出\t3,258"])
    }
}
