import BudgetBenchExtract
import BudgetBenchNormalize
import BudgetBenchSegment
import Foundation
import Testing
import TestSupport

/// Facts read from tables (where the narrative is silent) against the truth's amounts of the
/// table they cite.
@Suite struct TableFactTests {
    @Test func tableFactsAddUpTheTruthOfTheirTable() throws {
        let catalogs = try Catalogs.bundled()
        var checked = 0
        for report in CorpusTruth.reports(in: "Corpus") {
            let truth = try CorpusTruth.load(report)
            let document = try ExtractedDocument.read(path: Repository.report(report), rulings: true)
            let segmented = Segmenter().segment(document.pages)
            let model = ReportModel(pages: document.pages, sections: segmented.sections, tables: segmented.tables, catalogs: catalogs)
            for fact in model.facts where fact.source.contains(": Σ 类 ") && fact.key.rawValue.hasSuffix("_expenditure") {
                let table = try #require(fact.source.firstMatch(of: #/表 (\d+)/#).flatMap { Int($0.output.1) })
                let measure = try #require(fact.source.split(separator: " ").last.map(String.init))
                let expected = truth.amounts.filter { $0.table == table && $0.code.count == 3 && $0.measure == measure }
                    .compactMap { Decimal(string: $0.value) }.reduce(0, +)
                #expect(Decimal(string: fact.value) == expected, "\(report) \(fact.key)")
                checked += 1
            }
        }
        // Longgang's narrative states no 基本支出: it comes from its 支出总表.
        #expect(checked >= 1)
    }
}

/// A final account's “三公” table printing 预算数 and 决算数 under each part: the total and parts
/// of both sides. The figures are made up for the test and add up as a real table's do.
@Suite struct TwoSidedSangongTests {
    static let parts = ["合计", "因公出国（境）费", "公务用车购置及运行维护费/小计", "公务用车购置及运行维护费/公务用车购置费",
                        "公务用车购置及运行维护费/公务用车运行维护费", "公务接待费"]
    static let budget = ["12.50", "3.00", "6.50", "4.00", "2.50", "3.00"]
    static let actual = ["10.20", "2.00", "5.70", "3.90", "1.80", "2.50"]
    static let data = zip(budget, actual).flatMap { [$0, $1] }

    /// A table as the segmenter hands it over (it has no public initialiser: it is made from pages).
    static func table(header paths: [String], body: [[String]]) throws -> Table {
        let fields: [String: Any] = ["number": "表7", "title": "财政拨款“三公”经费支出决算表", "unit": "万元", "firstPage": 9, "lastPage": 9,
                                     "header": [[String]](), "headerPaths": paths, "body": body, "rowPages": body.map { _ in 9 },
                                     "spans": [Any](), "isEmpty": false, "sides": [Any](), "frames": [Any](), "columnEdges": [Double]()]
        return try JSONDecoder().decode(Table.self, from: JSONSerialization.data(withJSONObject: fields))
    }

    static func check(_ facts: [Fact]) {
        for (basis, values) in [(Amount.Basis.budget, budget), (.actual, actual)] {
            let side = facts.filter { $0.basis == basis }
            let value = { (key: Fact.Key) in side.first { $0.key == key }.flatMap { Decimal(string: $0.value) } }
            #expect(value(.sangongTotal) == Decimal(string: values[0]), "\(basis)")
            #expect(side.first { $0.key == .sangongTotal }?.verification == .verified, "\(basis)")
            #expect(value(.sangongOverseas) == Decimal(string: values[1]), "\(basis)")
            #expect(value(.sangongVehicleRunning) == Decimal(string: values[4]), "\(basis)")
            #expect(value(.sangongReception) == Decimal(string: values[5]), "\(basis)")
        }
    }

    @Test func headerPathsNameTheSides() throws {
        let paths = Self.parts.flatMap { ["\($0)/预算数", "\($0)/决算数"] }
        Self.check(TableFactReader().facts(tables: [try Self.table(header: paths, body: [Self.data])], amounts: [], kind: .finalAccount))
    }

    /// The header rows left in the body, a merged heading printed right of its first column.
    @Test func headerRowsInTheBody() throws {
        let body = [["合计", "", "因公出国（境）费", "", "", "公务用车购置及运行维护费", "", "", "", "", "公务接待费", ""],
                    ["", "", "", "", "小计", "", "公务用车购置费", "", "公务用车运行维护费", "", "", ""],
                    Array(repeating: ["预算数", "决算数"], count: 6).flatMap { $0 },
                    Self.data]
        let paths = Array(repeating: "财政拨款“三公”经费", count: 12)
        Self.check(TableFactReader().facts(tables: [try Self.table(header: paths, body: body)], amounts: [], kind: .finalAccount))
    }
}
