import Foundation
import Testing
import TestSupport

/// The workbook of the 29 real reports (../shared/real), where units have reports of several
/// years: a 趋势 sheet per such unit with its line chart, and every printed page legible.
@Suite(.serialized, .enabled(if: !Repository.realReports.isEmpty, "needs the real reports in ../shared/real"))
struct RealWorkbookTests {
    struct Built: Sendable {
        let folder: ScratchFolder
        let inspected: Data
        let pages: [PrintedWorkbookTests.Page]

        var inspection: [String: Any] { (try? JSONSerialization.jsonObject(with: inspected)) as? [String: Any] ?? [:] }
    }

    static let built = Task { () throws -> Built in
        let folder = try ScratchFolder()
        let database = folder.path("real.sqlite"), workbook = folder.path("real.xlsx")
        let ingest = try Command.run(Command.budgetbench, ["ingest", "--db", database, "--quiet", "--jobs", "2"] + Repository.realReports, timeout: 900)
        guard ingest.status == 0 else { throw WorkbookConsumerTests.Failure(message: ingest.standardError) }
        let compared = try Command.run(Command.budgetbench, ["compare", "--db", database, "--xlsx", workbook])
        guard compared.status == 0 else { throw WorkbookConsumerTests.Failure(message: compared.standardError) }
        guard let python = Repository.python, let soffice = Command.which("soffice") else {
            throw WorkbookConsumerTests.Failure(message: "LibreOffice or the .venv is missing: run make setup")
        }
        let inspected = try Command.run(python, [Repository.script("inspect_workbook.py"), workbook])
        let converted = try Command.run(soffice, ["-env:UserInstallation=file://\(folder.path("lo-profile"))", "--headless",
                                                  "--convert-to", "pdf", "--outdir", folder.path("printed"), workbook], timeout: 300)
        guard inspected.status == 0, converted.status == 0 else {
            throw WorkbookConsumerTests.Failure(message: inspected.standardError + converted.standardError)
        }
        let measured = try Command.run(python, [Repository.script("measure_print.py"), folder.path("printed/real.pdf")])
        let pages = try JSONDecoder().decode([PrintedWorkbookTests.Page].self, from: Data(measured.standardOutput.utf8))
        return Built(folder: folder, inspected: Data(inspected.standardOutput.utf8), pages: pages)
    }

    /// 江苏省人民检察院 published its 部门预算 for 2017, 2018 and 2019 (../shared/real/README.md).
    @Test func unitWithThreeYearsHasItsTrend() async throws {
        let built = try await Self.built.value
        let sheets = built.inspection["sheets"] as? [String] ?? []
        #expect(sheets.contains("趋势 江苏省人民检察院"))
        let content = try #require(built.inspection["content"] as? [String: Any])
        let trend = try #require((content["趋势 江苏省人民检察院"] as? [String: Any])?["rows"] as? [[Any]])
        #expect(trend[3].compactMap { $0 as? String } == ["指标", "单位", "2017", "2018", "2019", "2018 较上年", "2019 较上年"])
        // Each change is the difference of the two years beside it.
        for row in trend.dropFirst(5) {
            guard let earlier = row[3] as? Double, let later = row[4] as? Double, let change = row[6] as? Double else { continue }
            #expect(abs(change - (later - earlier)) < 0.0000015, "\(row[0])")
        }
        let charts = built.inspection["charts"] as? [[String: Any]] ?? []
        #expect(charts.contains { $0["kind"] as? String == "lineChart" })
        // Units with one year only have no trend sheet.
        #expect(!sheets.contains("趋势 上海市普陀区社会福利院"))
    }

    @Test func everyPrintedPageIsLegible() async throws {
        let built = try await Self.built.value
        #expect(built.pages.count > 20)
        for (index, page) in built.pages.enumerated() {
            #expect(page.characters > 0, "page \(index + 1) is blank")
            #expect(page.smallestBody >= 9, "page \(index + 1) prints text at \(page.smallestBody) pt")
            #expect(page.smallestHeader == 0 || page.smallestHeader >= 10, "page \(index + 1) prints headers at \(page.smallestHeader) pt")
        }
    }
}
