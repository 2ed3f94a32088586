import BudgetBenchExtract
import BudgetBenchIngest
import BudgetBenchNormalize
import Foundation
import Testing
import TestSupport

/// Table layouts that real reports print and that were read wrong, each reproduced as a PDF made
/// with LibreOffice (`Corpus/layouts`, `make_layouts.py`) with the amounts its generator wrote
/// into the cells: every expected amount is read with its value, and nothing else is emitted.
@Suite struct LayoutRegressionTests {
    struct Expected: Decodable {
        struct Table: Decodable {
            let title: String
            let isEmpty: Bool
            let amounts: [Amount]
        }

        struct Amount: Decodable {
            let code: String
            let measure: String
            let basis: String
            let flow: String
            let value: String
            let page: Int
        }

        let file: String
        let what: String
        let tables: [Table]
    }

    static let folder = Repository.root.appendingPathComponent("Corpus/layouts")
    static var layouts: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".expected.json") }.sorted()
    }

    static func key(code: String, measure: String, basis: String, flow: String, value: Decimal, page: Int) -> String {
        "p\(page) \(code) \(measure)/\(basis)/\(flow) = \(value)"
    }

    @Test(arguments: layouts)
    func layoutIsReadAsPrinted(expectedFile: String) throws {
        let expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: Self.folder.appendingPathComponent(expectedFile)))
        let report = try ParsedReport.read(path: Self.folder.appendingPathComponent(expected.file).path, catalogs: try Catalogs.bundled())
        let classified = expected.tables.filter { !$0.amounts.isEmpty && $0.amounts.allSatisfy { !Self.sangongMeasures.contains($0.measure) } }
        let wanted = classified.flatMap(\.amounts).map {
            Self.key(code: $0.code, measure: $0.measure, basis: $0.basis, flow: $0.flow, value: Decimal(string: $0.value)!, page: $0.page)
        }
        // Only the tables the fixture labels are compared (a 收支总表 of names only is not labelled).
        let labelled = report.model.amounts.filter { amount in
            let title = report.segmented.tables[amount.table - 1].title ?? ""
            return classified.contains { title.contains($0.title) }
        }
        let emitted = labelled.map {
            Self.key(code: $0.code, measure: $0.measure, basis: $0.basis.rawValue, flow: $0.flow.rawValue, value: $0.value, page: $0.page)
        }
        let missing = wanted.filter { !emitted.contains($0) }
        let extra = emitted.filter { !wanted.contains($0) }
        print("layout \(expected.file): \(wanted.count - missing.count)/\(wanted.count) expected amounts, \(extra.count) extra")
        #expect(missing.isEmpty, "\(expected.what) — missing \(missing)")
        #expect(extra.isEmpty, "\(expected.what) — extra \(extra)")
        #expect(report.model.amounts.allSatisfy { $0.verification != .contradicted })
        for table in expected.tables where table.isEmpty {
            #expect(report.segmented.tables.contains { $0.isEmpty && ($0.title ?? "").contains(table.title) },
                    "\(expected.file): \(table.title) is marked empty")
        }
        for table in expected.tables where table.amounts.contains(where: { Self.sangongMeasures.contains($0.measure) }) {
            let total = try #require(table.amounts.first { $0.measure == "total" })
            #expect(report.model.facts.contains { $0.key == .sangongTotal && Decimal(string: $0.value) == Decimal(string: total.value) },
                    "\(expected.file): the 三公 total \(total.value) is a fact")
        }
    }

    /// The parts of a 三公 table, which the model reads as facts, not as classified amounts.
    static let sangongMeasures: Set<String> = ["overseas_travel", "reception", "vehicles", "vehicle_purchase", "vehicle_operation"]
}
