import Foundation
import Testing
import TestSupport

/// `compare --xlsx` with the options a bureau uses: another language, its own unit in focus, a
/// missing folder, a unit with empty lists. Runs on the Corpus database the consumer tests built.
@Suite(.serialized) struct CompareWorkbookOptionsTests {
    func workbook(_ arguments: [String], name: String) async throws -> (path: String, inspection: [String: Any], standardError: String) {
        let built = try await WorkbookConsumerTests.built.value
        let path = built.folder.path(name)
        let compared = try Command.run(Command.budgetbench, ["compare", "--db", built.folder.path("corpus.sqlite"), "--xlsx", path] + arguments)
        try #require(compared.status == 0, "\(compared.standardError)")
        let python = try #require(Repository.python)
        let inspected = try Command.run(python, [Repository.script("inspect_workbook.py"), path])
        let inspection = try #require(try JSONSerialization.jsonObject(with: Data(inspected.standardOutput.utf8)) as? [String: Any])
        return (path, inspection, compared.standardError)
    }

    func rows(_ inspection: [String: Any], _ sheet: String) throws -> [[Any]] {
        let content = try #require(inspection["content"] as? [String: Any])
        return try #require((content[sheet] as? [String: Any])?["rows"] as? [[Any]], "no sheet \(sheet)")
    }

    @Test func printsThePathWritten() async throws {
        let written = try await workbook([], name: "said.xlsx")
        #expect(written.standardError.contains("wrote workbook \(written.path)"))
    }

    @Test func refusesAMissingFolder() async throws {
        let built = try await WorkbookConsumerTests.built.value
        let path = built.folder.path("no-such-folder/benchmark.xlsx")
        let compared = try Command.run(Command.budgetbench, ["compare", "--db", built.folder.path("corpus.sqlite"), "--xlsx", path])
        #expect(compared.status == 2)
        #expect(compared.standardError.contains("folder \(built.folder.path("no-such-folder")) does not exist"))
        #expect(!FileManager.default.fileExists(atPath: built.folder.path("no-such-folder")))
    }

    /// English throughout: sheet names, headings, units, kinds and findings; only the units' own
    /// names and the reports' printed words stay Chinese.
    @Test func englishWorkbookIsEnglish() async throws {
        let english = try await workbook(["--lang", "en"], name: "english.xlsx")
        let sheets = english.inspection["sheets"] as? [String] ?? []
        #expect(sheets.filter { !$0.hasPrefix("Profile ") } == ["Overview", "Notes", "Charts", "Function classes", "Economic classes",
                                                                "Three public expenses", "Indicators", "Scores", "Projects", "Sources", "Checks"])
        #expect(sheets.count { $0.hasPrefix("Profile ") } == 5)
        let overview = try rows(english.inspection, "Overview")
        let total = try #require(overview.first { ($0.first as? String) == "Total expenditure (all funds)" })
        #expect(total[1] as? String == "10k yuan")
        let cjk = /[\u{4E00}-\u{9FFF}]/
        // The row of year, kind and basis under the unit names.
        for cell in overview[8].compactMap({ $0 as? String }) {
            #expect(cell.firstMatch(of: cjk) == nil, "'\(cell)'")
        }
        let checks = try rows(english.inspection, "Checks")
        for row in checks.dropFirst() {
            for column in [2, 3, 5, 11] {
                #expect((row[column] as? String)?.firstMatch(of: cjk) == nil, "'\(row[column])'")
            }
        }
    }

    /// The terminal table and the note and choice columns of `compare --format csv|json` speak the
    /// language asked for; only file names and the units' printed names stay as printed.
    @Test func compareTextAndNotesFollowTheLanguage() async throws {
        let built = try await WorkbookConsumerTests.built.value
        let database = built.folder.path("corpus.sqlite")
        let latin = /[A-Za-z]{4,}/, cjk = /[\u{4E00}-\u{9FFF}]/
        let zh = try Command.run(Command.budgetbench, ["compare", "--db", database, "--format", "json", "--lang", "zh"])
        let en = try Command.run(Command.budgetbench, ["compare", "--db", database, "--format", "json", "--lang", "en"])
        try #require(zh.status == 0 && en.status == 0, "\(zh.standardError)\(en.standardError)")
        let zhRows = try #require(try JSONSerialization.jsonObject(with: Data(zh.standardOutput.utf8)) as? [[String: Any]])
        let enRows = try #require(try JSONSerialization.jsonObject(with: Data(en.standardOutput.utf8)) as? [[String: Any]])
        #expect(zhRows.contains { !($0["note"] as? String ?? "").isEmpty })
        for row in zhRows {
            for key in ["note", "choice"] {
                let text = (row[key] as? String ?? "").replacing(/[\w.-]+\.pdf/, with: "")
                #expect(text.firstMatch(of: latin) == nil, "\(key): '\(text)'")
            }
        }
        for row in enRows {
            // The English caveats quote the Chinese term they explain in brackets: 全口径: …, (预算).
            let text = (row["note"] as? String ?? "").replacing(/[\u{4E00}-\u{9FFF}]+[:)]|\([\u{4E00}-\u{9FFF}]+\)/, with: "")
            #expect(text.firstMatch(of: cjk) == nil, "'\(text)'")
        }
        let table = try Command.run(Command.budgetbench, ["compare", "--db", database, "--lang", "en"])
        let header = try #require(table.standardOutput.split(separator: "\n").first)
        #expect(header.hasPrefix("KPI") && header.hasSuffix("median"))
        #expect(table.standardOutput.contains("10k yuan") && !table.standardOutput.contains("万元"))
    }

    @Test func chineseWorkbookWritesFindingsInChinese() async throws {
        let built = try await WorkbookConsumerTests.built.value
        let content = try #require(built.inspection["content"] as? [String: Any])
        let checks = try #require((content["校验"] as? [String: Any])?["rows"] as? [[Any]])
        let latin = /[A-Za-z]{4,}/
        // The notes name files (dapeng-2021-project-evaluation.pdf) but say everything else in Chinese.
        let notes = try #require((content["说明"] as? [String: Any])?["rows"] as? [[Any]])
        for row in notes.dropFirst() {
            let text = (row[2] as? String ?? "").replacing(/[\w.-]+\.pdf/, with: "")
            #expect(text.firstMatch(of: latin) == nil, "'\(text)'")
        }
        for row in checks.dropFirst() {
            // Kind of report, finding, measure and message; the file name column is left alone.
            for column in [2, 3, 5, 11] {
                #expect((row[column] as? String)?.firstMatch(of: latin) == nil, "'\(row[column])'")
            }
        }
    }

    /// The focus unit comes first, its rank, the median and its distance from it beside its
    /// value, and the Overview says in words where it stands.
    @Test func focusUnitComesFirstWithItsStanding() async throws {
        let focused = try await workbook(["--focus", "阳泉"], name: "focus.xlsx")
        let overview = try rows(focused.inspection, "概览")
        let header = overview[7]
        #expect(header[3] as? String == "阳泉市国库集中支付中心")
        #expect(header[4] as? String == "本单位排名")
        #expect(header[5] as? String == "中位数")
        #expect(header[6] as? String == "与中位数差")
        #expect(header[7] as? String == "差幅")
        let median = 5
        // Corpus truth: 阳泉 prints 537.66 万元 as its 本年支出合计. The Corpus's five reports differ in
        // year and kind, so no two totals are comparable: no peer median, and no distance from it.
        let total = try #require(overview.first { ($0.first as? String) == "支出总额（全口径）" })
        #expect(total[3] as? Double == 537.66)
        for row in overview.dropFirst(9) where row.count > median + 2 {
            guard let value = row[3] as? Double, let peerMedian = row[median] as? Double else {
                #expect(row[median + 1] is NSNull || (row[median + 1] as? String)?.isEmpty != false)
                continue
            }
            #expect(abs((row[median + 1] as? Double ?? .nan) - (value - peerMedian)) < 0.005, "\(row.first ?? "")")
        }
        #expect((overview[5].first as? String)?.hasPrefix("本单位 阳泉市国库集中支付中心") == true)
    }

    @Test func emptyListSaysNoData() async throws {
        let alone = try await workbook(["--centers", "funing"], name: "funing.xlsx")
        let sangong = try rows(alone.inspection, "三公经费")
        #expect(sangong.count == 2)
        #expect(sangong[1].first as? String == "无数据")
    }
}
