import Foundation
import Testing
import TestSupport

/// `budgetbench extract` as a user runs it: formats, page ranges, exit codes and messages.
@Suite struct ExtractCommandTests {
    func extract(_ arguments: String...) throws -> CommandResult {
        try Command.run(Command.budgetbench, ["extract"] + arguments)
    }

    @Test func textFormatSeparatesColumnsAndPages() throws {
        let result = try extract(Repository.report("longgang-2023-budget"), "--pages", "8-9")
        #expect(result.status == 0)
        #expect(result.standardError.isEmpty)
        let pages = result.standardOutput.split(separator: "\u{0C}", omittingEmptySubsequences: false)
        #expect(pages.count == 2)
        #expect(pages[1].contains("2010650\t事业运行\t23,090,000.00\t23,090,000.00\t0.00\t0.00\t0.00\t0.00\n"))
    }

    @Test func jsonFormatHasPagesLinesAndWordsWithBoxes() throws {
        let result = try extract(Repository.report("yangquan-2023-final-account"), "--format", "json", "--pages", "2")
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(json["pageCount"] as? Int == (try CorpusTruth.load("yangquan-2023-final-account").pageCount))
        let pages = try #require(json["pages"] as? [[String: Any]])
        #expect(pages.count == 1 && pages[0]["number"] as? Int == 2)
        let lines = try #require(pages[0]["lines"] as? [[String: Any]])
        let word = try #require((lines.first?["words"] as? [[String: Any]])?.first)
        let box = try #require(word["box"] as? [String: Double])
        #expect(Set(box.keys) == ["x0", "y0", "x1", "y1"])
        #expect((word["fontSize"] as? Double ?? 0) > 0)
    }

    @Test func jsonCarriesTheModel() throws {
        let result = try extract(Repository.report("longgang-2023-budget"), "--format", "json")
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(json["modelVersion"] as? Int == 6)
        let report = try #require(json["report"] as? [String: Any])
        #expect(report["year"] as? Int == 2023 && report["kind"] as? String == "budget")
        #expect((report["center"] as? [String: Any])?["slug"] as? String == "longgang")
        let amounts = try #require(json["amounts"] as? [[String: Any]])
        #expect(amounts.contains { $0["code"] as? String == "2010605" && $0["measure"] as? String == "project" && $0["value"] as? String == "949" })
        // 25 rows under the indicator headers, two of them 不适用, which name no indicator.
        #expect((json["indicators"] as? [Any])?.count == 23)
        #expect((json["sections"] as? [Any])?.isEmpty == false)
        #expect((json["tables"] as? [Any])?.count == 10)
    }

    @Test(arguments: [
        ("empty.pdf", "empty file"),
        ("not-a-pdf.pdf", "not a PDF"),
        ("truncated.pdf", "truncated PDF"),
        ("encrypted.pdf", "encrypted PDF; it cannot be read without its password (give it with --password)"),
        ("missing.pdf", "no such file"),
    ])
    func badInputExitsWithTwoAndOneClearLine(name: String, reason: String) throws {
        let path = Repository.bad(name)
        let result = try extract(path)
        #expect(result.status == 2)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError == "budgetbench: error: \(path): \(reasonLine(reason))\n")
    }

    private func reasonLine(_ start: String) -> String {
        [
            "empty file": "empty file (0 bytes)",
            "not a PDF": "not a PDF (no %PDF- header)",
            "truncated PDF": "truncated PDF (no %%EOF marker at the end)",
        ][start] ?? start
    }

    @Test func wrongPasswordIsNamed() throws {
        let path = Repository.bad("encrypted.pdf")
        let result = try extract(path, "--password", "guess")
        #expect(result.status == 2)
        #expect(result.standardError == "budgetbench: error: \(path): encrypted PDF; the password given is wrong\n")
    }

    @Test func pagePastTheEndIsAnError() throws {
        let path = Repository.report("funing-2020-performance-targets")
        let result = try extract(path, "--pages", "7-99")
        #expect(result.status == 2)
        #expect(result.standardError.contains("\(path): page 99 requested, but the document has 8 pages"))
    }

    @Test func imageOnlyPageWarnsAndSucceeds() throws {
        let path = Repository.bad("image-only.pdf")
        let result = try extract(path)
        #expect(result.status == 0)
        #expect(result.standardError == "budgetbench: warning: \(path): page 1: no text layer (a scanned image?); nothing extracted\n")
    }

    @Test func batchGoesOnPastABadFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bb-extract-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try extract(
            Repository.bad("truncated.pdf"), Repository.report("funing-2020-performance-targets"),
            "--output-dir", folder.path
        )
        #expect(result.status == 2)
        #expect(result.standardError.contains("truncated.pdf: truncated PDF"))
        let written = try String(contentsOf: folder.appendingPathComponent("funing-2020-performance-targets.txt"), encoding: .utf8)
        #expect(written.contains("财税征收经费"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("truncated.txt").path))
    }
}

/// `extract --debug PAGES`: a PNG per page with what the reader found drawn over it.
@Suite struct ExtractDebugTests {
    /// Pixels of the frames' blue and of the rulings' red (drawn over black lines, so darker),
    /// counted by Pillow (pdfplumber's own dependency).
    static let counting = """
        import sys
        from PIL import Image
        image = Image.open(sys.argv[1]).convert("RGB")
        pixels = list(image.getdata())
        blue = sum(1 for r, g, b in pixels if b > 180 and r < 80 and g < 120)
        red = sum(1 for r, g, b in pixels if r > 140 and g < 70 and b < 70 and r - b > 80)
        purple = sum(1 for r, g, b in pixels if r > 110 and b > 110 and g < 60)
        orange = sum(1 for r, g, b in pixels if r > 200 and 120 < g < 200 and b < 140 and r - b > 80)
        print(image.width, image.height, blue, red, purple, orange)
        """

    @Test func pageIsDrawnWithItsTableAndRulings() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let result = try Command.run(Command.budgetbench, ["extract", Repository.report("longgang-2023-budget"), "--debug", "9",
                                                          "--output-dir", folder.url.path])
        #expect(result.status == 0, "\(result.standardError)")
        let image = folder.path("longgang-2023-budget-p9.png")
        #expect(result.standardError.contains("wrote \(image)"))
        let python = try #require(Repository.python)
        let counted = try Command.run(python, ["-c", Self.counting, image]).standardOutput.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        // A4 landscape at 144 dpi; the 支出总表's frame (blue) and its grid's rulings (red), which the
        // page itself prints in black.
        try #require(counted.count == 6)
        #expect(counted[0] == 1684 && counted[1] == 1191)
        #expect(counted[2] > 2000, "frame pixels: \(counted[2])")
        #expect(counted[3] > 2000, "ruling pixels: \(counted[3])")
        // An amounts table: no indicator roles.
        #expect(counted[4] < 50, "role pixels: \(counted[4])")
    }

    /// The colour counts of page `page` of a form of `Corpus/forms/tune` drawn by `--debug`.
    static func countedColours(ofForm name: String, page: Int) throws -> [Int] {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let form = Repository.root.appendingPathComponent("Corpus/forms/tune/\(name).pdf").path
        let result = try Command.run(Command.budgetbench, ["extract", form, "--debug", "\(page)", "--output-dir", folder.url.path])
        #expect(result.status == 0, "\(result.standardError)")
        let python = try #require(Repository.python)
        let counted = try Command.run(python, ["-c", Self.counting, folder.path("\(name)-p\(page).png")]).standardOutput
            .split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        try #require(counted.count == 6)
        return counted
    }

    /// An indicator grid gets the roles the reader gave its columns (purple), which the page does not print.
    @Test func indicatorGridShowsItsColumnRoles() throws {
        let counted = try Self.countedColours(ofForm: "calc-01-targets", page: 1)
        #expect(counted[4] > 200, "role pixels: \(counted[4])")
    }

    /// A grid printed without rules gets the row borders the reader found (orange), which the page
    /// does not print: writer-01's scoring table prints 12 rows on page 2 (the generator's truth has
    /// 10 indicators there, then the 总分 and 评价等级 rows).
    @Test func unruledGridShowsItsRows() throws {
        let counted = try Self.countedColours(ofForm: "writer-01-scoring", page: 2)
        // Eleven borders between twelve rows, each most of the table's 1,300 pixel width.
        #expect(counted[5] > 10 * 900, "row border pixels: \(counted[5])")
        #expect(counted[3] < 50, "ruling pixels: \(counted[3])")
    }

    @Test func debugNeedsAFolderAndAPageThatExists() throws {
        let missing = try Command.run(Command.budgetbench, ["extract", Repository.report("longgang-2023-budget"), "--debug", "9"])
        #expect(missing.status != 0 && missing.standardError.contains("--output-dir"))
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let beyond = try Command.run(Command.budgetbench, ["extract", Repository.report("longgang-2023-budget"), "--debug", "99",
                                                          "--output-dir", folder.url.path])
        #expect(beyond.status == 2 && beyond.standardError.contains("page 99 requested"))
    }
}
