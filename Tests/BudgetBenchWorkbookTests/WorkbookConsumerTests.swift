import BudgetBenchCompare
import BudgetBenchIngest
import BudgetBenchNormalize
import BudgetBenchStore
import Foundation
import Testing
import TestSupport

/// The comparison workbook of the Corpus as its real consumers read it: openpyxl (cells, formats,
/// panes, filters, print set-up, the charts' XML) and LibreOffice (converted to CSV), checked
/// against figures computed from `Corpus/truth`, and against `compare --format json`.
@Suite(.serialized) struct WorkbookConsumerTests {
    /// The database, workbook and JSON comparison of the Corpus, made once for the suite.
    struct Built: Sendable {
        let folder: ScratchFolder
        let workbook: String
        /// `compare --format json` and the inspector's JSON, kept as bytes so the fixture is Sendable.
        let comparison: Data
        let inspected: Data

        var flat: [[String: Any?]] { (try? JSONSerialization.jsonObject(with: comparison)) as? [[String: Any?]] ?? [] }
        var inspection: [String: Any] { (try? JSONSerialization.jsonObject(with: inspected)) as? [String: Any] ?? [:] }
    }

    static let built = Task { () throws -> Built in
        let folder = try ScratchFolder()
        let database = folder.path("corpus.sqlite")
        let store = try ReportStore(path: database)
        _ = try await Ingester(store: store, options: .init(worker: .built)).run(paths: Repository.reports) { _ in }
        let workbook = folder.path("benchmark.xlsx")
        let compared = try Command.run(Command.budgetbench, ["compare", "--db", database, "--xlsx", workbook, "--format", "json"])
        guard compared.status == 0 else { throw Failure(message: compared.standardError) }
        guard let python = Repository.python else { throw Failure(message: "no .venv with openpyxl: run make setup") }
        let inspected = try Command.run(python, [Repository.script("inspect_workbook.py"), workbook])
        guard inspected.status == 0 else { throw Failure(message: inspected.standardError) }
        return Built(folder: folder, workbook: workbook, comparison: Data(compared.standardOutput.utf8),
                     inspected: Data(inspected.standardOutput.utf8))
    }

    struct Failure: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    static let overview = "概览"
    /// The row of unit names, below the title block (zero-based); a row of year, kind and basis follows.
    static let headerRow = 7

    func sheet(_ name: String, in built: Built) throws -> [String: Any] {
        let content = try #require(built.inspection["content"] as? [String: Any])
        return try #require(content[name] as? [String: Any])
    }

    func rows(_ sheet: [String: Any]) -> [[Any]] {
        sheet["rows"] as? [[Any]] ?? []
    }

    /// The Overview's value for a KPI (by its name) and a center (by its display name).
    func overviewValue(kpi: String, center: String, in built: Built) throws -> Any? {
        let grid = rows(try sheet(Self.overview, in: built))
        let header = grid[Self.headerRow].map { $0 as? String }
        let column = try #require(header.firstIndex(of: center), "no column \(center)")
        let row = try #require(grid.first { ($0.first as? String) == kpi }, "no row \(kpi)")
        return row[column]
    }

    func flatRow(_ kpi: String, center: String, in built: Built) -> [String: Any?]? {
        built.flat.first { ($0["kpi"] as? String) == kpi && ($0["center"] as? String) == center }
    }

    @Test func sheetsPropertiesAndLayout() async throws {
        let built = try await Self.built.value
        #expect(built.inspection["sheets"] as? [String] == ["概览", "说明", "图表", "功能分类", "经济分类", "画像 大鹏新区发展和财政局",
                                                           "画像 抚宁区财政局", "画像 福田区国库支付中心", "画像 龙岗区财政国库支付中心",
                                                           "画像 阳泉市国库集中支付中心", "三公经费", "绩效指标", "评分", "项目执行率", "来源", "校验"])
        #expect(built.inspection["creator"] as? String == "BudgetBench")
        #expect(built.inspection["title"] as? String == "同业对标")
        let overview = try sheet(Self.overview, in: built)
        #expect(overview["freeze"] as? String == "D10")
        #expect(overview["orientation"] as? String == "landscape")
        #expect(overview["paperSize"] as? Int == 9)
        #expect(overview["printTitleRows"] as? String == "$8:$9")
        let longgang = try #require(rows(overview)[Self.headerRow].firstIndex { ($0 as? String) == "龙岗区财政国库支付中心" })
        #expect(rows(overview)[Self.headerRow + 1][longgang] as? String == "2023 年 · 预算")
        for name in built.inspection["sheets"] as? [String] ?? [] {
            let content = try sheet(name, in: built)
            // Never shrunk below the scale that keeps 11 pt body text at 9 pt or more.
            #expect((content["scale"] as? Int ?? 0) >= 85, "\(name)")
            #expect(content["fitToWidth"] is NSNull, "\(name) is fitted to the page width, which can shrink it to any size")
            #expect(content["footer"] as? String == "第 &P 页 共 &N 页", "\(name)")
        }
        let function = try sheet("功能分类", in: built)
        #expect(function["outlineLevels"] as? [Int] == [1, 2])
        // The profile repeats the Overview's figure: 龙岗 prints 4,339 万元 as its 支出合计.
        let profile = rows(try sheet("画像 龙岗区财政国库支付中心", in: built))
        let expected = try #require(Self.printedTotal(try CorpusTruth.load("longgang-2023-budget")))
        #expect(profile.first { ($0.first as? String) == Self.totalName.replacingOccurrences(of: "（全口径）", with: "（全口径，万元）") || ($0.first as? String) == "\(Self.totalName)（万元）" }?[1] as? Double
                == NSDecimalNumber(decimal: expected).doubleValue)
        let indicators = try sheet("绩效指标", in: built)
        #expect((indicators["autofilter"] as? String)?.hasPrefix("A1:") == true)
    }

    @Test func chartsAreAClusteredAndAStackedBar() async throws {
        let built = try await Self.built.value
        let charts = try #require(built.inspection["charts"] as? [[String: Any]])
        // The Charts sheet's two, and a function and an economic mix on each profile that has the tables.
        #expect(charts.count { $0["grouping"] as? String == "percentStacked" } == 1)
        #expect(charts.contains { $0["kind"] as? String == "barChart" && $0["grouping"] as? String == "clustered" && $0["series"] as? Int == 1 })
        // One series per function class (类) of the Corpus: 201, 208, 210, 221.
        #expect(charts.contains { $0["kind"] as? String == "barChart" && $0["grouping"] as? String == "percentStacked" && $0["series"] as? Int == 4 })
        // The bars plot the figures printed under them on the Charts sheet, which are the Overview's.
        let bars = try #require(charts.first { $0["grouping"] as? String == "clustered" })
        #expect((bars["references"] as? [String] ?? []).allSatisfy { $0.hasPrefix("图表!") || $0.hasPrefix("'图表'!") }, "\(bars["references"] ?? "")")
        let data = rows(try sheet("图表", in: built))
        let header = try #require(data.firstIndex { ($0.first as? String) == "图表数据：单位" })
        let column = try #require(data[header].firstIndex { ($0 as? String) == Self.totalName })
        let plotted = data[(header + 1)...].filter { $0.first is String }
        #expect(plotted.count == 5)
        for row in plotted {
            let name = try #require(row.first as? String)
            #expect(row[column] as? Double == (try overviewValue(kpi: Self.totalName, center: name, in: built) as? Double), "\(name)")
        }
    }

    @Test(arguments: ["longgang-2023-budget", "yangquan-2023-final-account", "dapeng-2021-project-evaluation",
                      "futian-2020-self-evaluation", "funing-2020-performance-targets"])
    func overviewMatchesTheCorpusTruth(report: String) async throws {
        let built = try await Self.built.value
        let truth = try CorpusTruth.load(report)
        let center = truth.identity.center
        let name = try #require(flatRow("indicator_count", center: center, in: built)?["center_name"] as? String)
        let indicators = try overviewValue(kpi: "绩效指标数", center: name, in: built) as? Double
        // A 不适用 / 无 row names no indicator (issue 15); the truth keeps such rows as printed.
        let named = truth.indicators.filter { !["不适用", "无"].contains($0.level3.filter { !$0.isWhitespace }) }
        #expect(indicators == Double(named.count))
        if let expected = Self.printedTotal(truth) {
            let total = try #require(try overviewValue(kpi: Self.totalName, center: name, in: built) as? Double)
            #expect(abs(total - NSDecimalNumber(decimal: expected).doubleValue) < 0.005)
        }
        if let staff = truth.facts.first(where: { $0.key == "staff_authorized" }) {
            #expect(try overviewValue(kpi: "核定编制", center: name, in: built) as? Double == Double(staff.value))
        }
    }

    /// Every Overview number is the JSON's exact decimal: the stored double's shortest text is
    /// that decimal, with no float noise such as 9101.677534999999.
    @Test func jsonCarriesTheWorkbooksExactNumbers() async throws {
        let built = try await Self.built.value
        var compared = 0
        for row in built.flat {
            guard let kpi = row["name"] as? String, let center = row["center_name"] as? String,
                  let text = row["value"] as? String, let value = Decimal(string: text) else { continue }
            let cell = try #require(try overviewValue(kpi: kpi, center: center, in: built) as? Double)
            #expect(Decimal(string: String(cell)) == value, "\(kpi) / \(center): \(cell) in the workbook, \(text) in the JSON")
            compared += 1
        }
        #expect(compared > 40)
    }

    /// Shading follows each KPI's declared direction: good/bad colours only where the catalog says
    /// which way is better, bars for neutral KPIs, and never over a value marked not comparable.
    @Test func shadingFollowsTheKPIDirections() async throws {
        let built = try await Self.built.value
        let overview = try sheet(Self.overview, in: built)
        let grid = rows(overview)
        let formats = overview["formats"] as? [[String]] ?? []
        let rules = overview["shading"] as? [[String: Any]] ?? []
        // A row is shaded where at least two of its values are comparable (same year, basis and
        // kind of report); the Corpus's five reports differ in kind and year, so few rows are.
        let comparableRows = Dictionary(grouping: built.flat.filter { ($0["comparable"] as? Int) == 1 }, by: { $0["kpi"] as? String ?? "" })
            .filter { $0.value.count >= 2 }
        #expect(rules.isEmpty == comparableRows.isEmpty)
        let kpis = Dictionary(uniqueKeysWithValues: (KPICatalog.fixed).map { ($0.nameZh, $0) })
        for rule in rules {
            let cells = (rule["cells"] as? String ?? "").split(separator: " ").map(Self.cell)
            let line = try #require(cells.first?.row)
            #expect(cells.allSatisfy { $0.row == line }, "one rule per KPI row")
            for cell in cells {
                #expect(!formats[cell.row][cell.column].contains("†") && !formats[cell.row][cell.column].contains("‡"))
            }
            let name = grid[line].first as? String ?? ""
            let direction = kpis[name]?.direction ?? (name.hasSuffix("占比") ? .neutral : nil)
            switch direction {
            case .higherIsBetter: #expect(rule["colors"] as? [String] == ["F8696B", "FFEB84", "63BE7B"], "\(name)")
            case .lowerIsBetter: #expect(rule["colors"] as? [String] == ["63BE7B", "FFEB84", "F8696B"], "\(name)")
            case .neutral: #expect(rule["type"] as? String == "dataBar", "\(name)")
            case nil: Issue.record("shading on row \(line) (\(name)), which is no KPI")
            }
        }
    }

    /// A zero-based (row, column) from an A1 reference.
    static func cell(_ reference: Substring) -> (row: Int, column: Int) {
        let letters = reference.prefix { $0.isLetter }
        let column = letters.unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 } - 1
        return (Int(reference.dropFirst(letters.count))! - 1, column)
    }

    @Test func yearsArePlainIntegers() async throws {
        let built = try await Self.built.value
        let sources = try sheet("来源", in: built)
        let year = try #require(rows(sources)[0].firstIndex { ($0 as? String) == "年度" })
        let formats = sources["formats"] as? [[String]] ?? []
        for (line, row) in rows(sources).enumerated().dropFirst() {
            #expect(row[year] is Int || row[year] is Double)
            #expect(formats[line][year] == "0")
        }
    }

    @Test func listSheetsHoldEveryStoredRow() async throws {
        let built = try await Self.built.value
        let truthIndicators = try Repository.reports.map { try CorpusTruth.load(URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent).indicators.count }
        let indicatorRows = rows(try sheet("绩效指标", in: built)).count - 1
        // Indicator recall on the Corpus is ≥ 0.97, so the sheet holds nearly every true indicator.
        #expect(Double(indicatorRows) >= 0.97 * Double(truthIndicators.reduce(0, +)))
        #expect(rows(try sheet("来源", in: built)).count - 1 == 5)
        let checks = rows(try sheet("校验", in: built)).dropFirst()
        #expect(checks.contains { $0.contains { ($0 as? String) == "上级科目不等于下级之和" } })
        let formats = try sheet(Self.overview, in: built)["formats"] as? [[String]] ?? []
        let grid = rows(try sheet(Self.overview, in: built))
        let total = try #require(grid.firstIndex { ($0.first as? String) == Self.totalName })
        let share = try #require(grid.firstIndex { ($0.first as? String) == "基本支出占比" })
        let longgang = try #require(grid[Self.headerRow].firstIndex { ($0 as? String) == "龙岗区财政国库支付中心" })
        #expect(formats[total][longgang].hasPrefix("#,##0.00"))
        // A share keeps its percent format (a value not comparable with the row gets a † after it).
        #expect(formats[share][longgang].hasPrefix("0.0%"))
    }

    /// The Overview's name of the all-funds total.
    static let totalName = "支出总额（全口径）"

    /// The total the truth's largest function-classified expenditure table prints (its 合计 row), else its Σ 类.
    static func printedTotal(_ truth: CorpusTruth) -> Decimal? {
        let function = truth.amounts.filter { $0.scheme == "function" && $0.measure == "total" && $0.flow == "expenditure" }
        let classTotals = Dictionary(grouping: function.filter { $0.code.count == 3 }, by: \.table)
            .mapValues { $0.compactMap { Decimal(string: $0.value) }.reduce(0, +) }
        guard let (table, sum) = classTotals.max(by: { $0.value < $1.value }) else { return nil }
        return function.first { $0.table == table && $0.code == "total" }.flatMap { Decimal(string: $0.value) } ?? sum
    }

    @Test func libreOfficeOpensTheWorkbook() async throws {
        let built = try await Self.built.value
        guard let soffice = Command.which("soffice") else {
            Issue.record("LibreOffice (soffice) is not installed: run make setup")
            return
        }
        let profile = built.folder.path("lo-profile")
        let converted = try Command.run(soffice, ["-env:UserInstallation=file://\(profile)", "--headless",
                                                  // Comma-separated, double-quoted, UTF-8 (76), first line kept.
                                                  "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1",
                                                  "--outdir", built.folder.path("csv"), built.workbook])
        #expect(converted.status == 0)
        let csv = try String(contentsOfFile: built.folder.path("csv/benchmark.csv"), encoding: .utf8)
        let line = try #require(csv.split(separator: "\n").first { $0.hasPrefix("\"\(Self.totalName)\"") })
        let truth = try CorpusTruth.load("longgang-2023-budget")
        let expected = Self.printedTotal(truth) ?? 0
        #expect(line.replacingOccurrences(of: ",", with: "").contains(NSDecimalNumber(decimal: expected).stringValue))
    }
}
