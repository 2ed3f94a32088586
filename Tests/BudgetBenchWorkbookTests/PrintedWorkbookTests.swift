import Foundation
import Testing
import TestSupport

/// The Corpus workbook printed as a person would print it: LibreOffice renders every sheet to
/// PDF and then PNG, and each page is measured: its printed text sizes, its running header and
/// footer, that it is not blank, and that the cells' text reached the paper whole.
@Suite(.serialized) struct PrintedWorkbookTests {
    /// What `measure_print.py` reports of one printed page.
    struct Page: Decodable, Sendable {
        let characters: Int
        let smallestBody: Double
        let smallestHeader: Double
        let running: [String]
        let text: String
    }

    struct Printed: Sendable {
        let pages: [Page]
        let images: [String]
    }

    static let printed = Task { () throws -> Printed in
        let built = try await WorkbookConsumerTests.built.value
        guard let soffice = Command.which("soffice"), let python = Repository.python else {
            throw WorkbookConsumerTests.Failure(message: "LibreOffice or the .venv is missing: run make setup")
        }
        let folder = built.folder.path("printed")
        let converted = try Command.run(soffice, ["-env:UserInstallation=file://\(built.folder.path("lo-print-profile"))", "--headless",
                                                  "--convert-to", "pdf", "--outdir", folder, built.workbook], timeout: 300)
        guard converted.status == 0 else { throw WorkbookConsumerTests.Failure(message: converted.standardError) }
        let pdf = folder + "/benchmark.pdf"
        let measured = try Command.run(python, [Repository.script("measure_print.py"), pdf])
        guard measured.status == 0 else { throw WorkbookConsumerTests.Failure(message: measured.standardError) }
        let pdftoppm = try #require(Command.which("pdftoppm"))
        _ = try Command.run(pdftoppm, ["-png", "-r", "40", pdf, folder + "/page"])
        let images = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".png") }.sorted()
        return Printed(pages: try JSONDecoder().decode([Page].self, from: Data(measured.standardOutput.utf8)), images: images)
    }

    /// Pages whose running header names `sheet` (the header's right part is the sheet's name;
    /// the page's text lines lose their spaces).
    func pages(of sheet: String, in printed: Printed) -> [Page] {
        let name = sheet.filter { !$0.isWhitespace }
        return printed.pages.filter { $0.running.first?.hasSuffix(name) == true }
    }

    @Test func everyPageIsLegible() async throws {
        let printed = try await Self.printed.value
        #expect(printed.pages.count > 10)
        for (index, page) in printed.pages.enumerated() {
            #expect(page.characters > 0, "page \(index + 1) is blank")
            #expect(page.smallestBody >= 9, "page \(index + 1) prints text at \(page.smallestBody) pt")
            #expect(page.smallestHeader == 0 || page.smallestHeader >= 10, "page \(index + 1) prints headers at \(page.smallestHeader) pt")
        }
    }

    @Test func everyPageIsNumberedAndDated() async throws {
        let printed = try await Self.printed.value
        let count = printed.pages.count
        for (index, page) in printed.pages.enumerated() {
            let footer = page.running.last ?? ""
            #expect(footer.contains("第\(index + 1)页共\(count)页"), "page \(index + 1): \(footer)")
            #expect(footer.contains("打印日期"), "page \(index + 1): \(footer)")
        }
    }

    @Test func everySheetPrintsAndEachChartHasItsPage() async throws {
        let printed = try await Self.printed.value
        let built = try await WorkbookConsumerTests.built.value
        for sheet in built.inspection["sheets"] as? [String] ?? [] {
            #expect(!pages(of: sheet, in: printed).isEmpty, "\(sheet) prints no page")
        }
        // The Corpus has a total expenditure and function classes: two charts, a page each, and
        // the page of the figures they plot.
        #expect(pages(of: "图表", in: printed).count == 3)
        // A profile is one page per unit.
        for sheet in (built.inspection["sheets"] as? [String] ?? []) where sheet.hasPrefix("画像 ") {
            #expect(pages(of: sheet, in: printed).count == 1, "\(sheet)")
        }
        #expect(printed.images.count == printed.pages.count)
    }

    @Test func overviewOpensWithItsTitleBlock() async throws {
        let printed = try await Self.printed.value
        let first = try #require(printed.pages.first).text.filter { !$0.isWhitespace }
        #expect(first.contains("BudgetBench同业对标：5个单位"))
        #expect(first.contains("金额单位：万元"))
        #expect(first.contains("5份报告"))
        #expect(first.contains("打印日期") && first.contains("第1页"))
        // The column header states the unit's year and kind (a budget's basis is its 预算数).
        #expect(first.contains("2023年·预算"))
    }

    /// Every text of the Overview, the notes and the checks reaches the paper whole: a cell that
    /// runs under its neighbour or past its row's height loses characters.
    @Test func noCellTextIsClipped() async throws {
        let printed = try await Self.printed.value
        let built = try await WorkbookConsumerTests.built.value
        let content = try #require(built.inspection["content"] as? [String: Any])
        for name in ["概览", "说明", "校验"] {
            let sheet = try #require(content[name] as? [String: Any])
            let paper = pages(of: name, in: printed).map(\.text).joined().filter { !$0.isWhitespace }
            let grid = sheet["rows"] as? [[Any]] ?? []
            let wraps = sheet["wraps"] as? [[Bool]] ?? []
            var checked = 0
            for (line, row) in grid.enumerated() {
                for (column, value) in row.enumerated() {
                    guard let text = value as? String, !text.isEmpty else { continue }
                    let compact = text.filter { !$0.isWhitespace }
                    // A wrapped cell's lines interleave with its neighbours' in the page text, so only
                    // its end is looked for: what a row too low for its lines loses first.
                    let expected = wraps[line][column] ? String(compact.suffix(2)) : compact
                    #expect(paper.contains(expected), "\(name) row \(line + 1) column \(column + 1): '\(text)' is not printed whole")
                    checked += 1
                }
            }
            #expect(checked > 10, "\(name)")
            // A text that starts on a page ends on it too: one cut off at a page's edge (a title
            // overflowing the label columns that a page further right repeats) would not.
            let unwrapped = grid.enumerated().flatMap { line, row in
                row.enumerated().compactMap { column, value in
                    (value as? String).flatMap { wraps[line][column] ? nil : $0.filter { !$0.isWhitespace } }
                }
            }.filter { $0.count > 8 }
            for page in pages(of: name, in: printed) {
                let text = page.text.filter { !$0.isWhitespace }
                for cell in unwrapped where text.contains(cell.prefix(8)) {
                    #expect(text.contains(cell), "\(name): '\(cell)' is cut off on a page")
                }
            }
        }
        // A number too wide for its column prints as ###.
        for (index, page) in printed.pages.enumerated() {
            #expect(!page.text.contains("###"), "page \(index + 1) prints a number as ###")
        }
    }
}
