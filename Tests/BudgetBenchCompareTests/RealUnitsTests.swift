import BudgetBenchCompare
import BudgetBenchNormalize
import BudgetBenchStore
import Foundation
import Testing
import TestSupport

/// The 29 real reports compared as an analyst would, against `Corpus/real-truth/comparison`,
/// labelled by hand from the printed pages: which files are one unit, which are one report, the
/// template left out, and headline KPIs of every real report.
@Suite(.enabled(if: !Repository.realReports.isEmpty, "needs the real reports in ../shared/real")) struct RealUnitsTests {
    /// Logical reports holding a file of the amounts' check half: looked at only as an aggregate.
    static let checkFiles: Set<String> = Set(try! RealTruth.all().filter { $0.split == .check }.map(\.file))

    static let compared = Task { () throws -> (comparison: Comparison, reports: [StoredReport]) in
        let parsed = try await RealReports.parsed.value
        let reports = parsed.enumerated().map { index, report in
            StoredReport(id: Int64(index + 1),
                         provenance: Provenance(path: report.relativePath, sha256: "", pageCount: 0,
                                                parserVersion: "test", warnings: []),
                         identity: report.model.report, amounts: report.model.amounts, indicators: report.model.indicators,
                         facts: report.model.facts, findings: report.model.findings)
        }
        return (Comparison(reports: reports), reports)
    }

    @Test func unitsAreTheTrueUnits() async throws {
        let (comparison, _) = try await Self.compared.value
        let truth = try ComparisonTruth.units()
        let real = truth.files.filter { !$0.placeholder }
        let byUnit = Dictionary(grouping: real, by: \.unit).mapValues { Set($0.map(\.file)) }
        let found = comparison.centers.map { Set($0.reports.map(\.provenance.path)) }
        print("real units: \(found.count) found, \(byUnit.count) true (\(truth.distinctRealUnits) in the labels)")
        #expect(Set(found) == Set(byUnit.values), "units: \(comparison.centers.map { "\($0.key): \($0.reports.map(\.fileName))" })")
        let templates = truth.files.filter(\.placeholder).map(\.file)
        #expect(Set(comparison.excluded.map(\.file)) == Set(templates.map { URL(fileURLWithPath: $0).lastPathComponent }))
    }

    @Test func narrativeAndTablesFilesAreOneReport() async throws {
        let (comparison, _) = try await Self.compared.value
        let truth = try ComparisonTruth.units()
        let expected = Set(Dictionary(grouping: truth.files.filter { !$0.placeholder }, by: \.logicalReport).values.map { Set($0.map(\.file)) })
        let found = Set(comparison.centers.flatMap(\.logicalReports).map { Set($0.reports.map(\.provenance.path)) })
        print("logical reports: \(found.count) found, \(expected.count) true; pairs found \(found.count { $0.count > 1 })")
        #expect(found == expected, "\(found.subtracting(expected))")
    }

    @Test func headlineKPIsMatchThePrintedPages() async throws {
        let (comparison, _) = try await Self.compared.value
        let truth = try ComparisonTruth.kpis()
        let logical = comparison.centers.flatMap(\.logicalReports)
        var tally: [Bool: (right: Int, all: Int)] = [:]
        var wrong: [String] = []
        for report in truth.reports {
            let isCheck = !Self.checkFiles.isDisjoint(with: report.files)
            guard let found = logical.first(where: { !Set($0.reports.map(\.provenance.path)).isDisjoint(with: report.files) }) else {
                tally[isCheck, default: (0, 0)].all += report.expected.count
                if !isCheck { wrong.append("\(report.logicalReport): no report") }
                continue
            }
            let values = found.kpiValues
            for (kpi, expected) in report.expected {
                let number = values[kpi]?.number
                let right = number.map { kpi.hasSuffix("_share") ? $0.rounded(places: 4) == expected : $0 == expected } ?? false
                tally[isCheck, default: (0, 0)].all += 1
                if right {
                    tally[isCheck, default: (0, 0)].right += 1
                } else if !isCheck {
                    wrong.append("\(report.logicalReport) \(kpi): \(number.map { "\($0)" } ?? "none") vs \(expected)")
                }
            }
        }
        let tune = tally[false] ?? (0, 0), check = tally[true] ?? (0, 0)
        print("hand-checked KPIs, check half (headline): \(check.right)/\(check.all); tune half: \(tune.right)/\(tune.all)", wrong)
        // The bar: 95 % of the hand-checked values right in each half (the misses are listed above).
        #expect(tune.all >= 40 && check.all >= 10)
        #expect(Double(tune.right) >= 0.95 * Double(tune.all))
        #expect(Double(check.right) >= 0.95 * Double(check.all))
    }
}

extension RealUnitsTests {
    /// Ranks and the median use only comparable values: same kind and basis, within the year window.
    @Test func onlyComparableValuesAreRanked() async throws {
        let (_, reports) = try await Self.compared.value
        for window in [0, 10] {
            let row = try #require(Comparison(reports: reports, yearWindow: window).rows.first { $0.kpi.id == "total_expenditure" })
            let years = Dictionary(grouping: row.cells.values.filter(\.comparable), by: { $0.value.year ?? 0 }).keys
            #expect(window == 0 ? years.count == 1 : years.count > 1, "window \(window): \(years.sorted())")
            #expect(row.cells.values.allSatisfy { $0.comparable || $0.rank == nil }, "a value not comparable has no rank")
            #expect(!row.cells.values.contains { $0.comparable && $0.value.kind != .budget }, "a final account never ranks among budgets")
        }
        // A lone comparable value has no peer median to stand against.
        for row in Comparison(reports: reports).filledRows {
            let comparable = row.cells.values.count { $0.comparable && $0.value.number != nil }
            #expect(comparable > 1 || row.median == nil, "\(row.kpi.id): median of \(comparable) value")
        }
        // Years the user names: only their reports, and every value of them compares. Shanghai's
        // budgets are of 2024 (社会福利院) and 2025 (区政府办公室, 万里街道's latest).
        let chosen = try #require(Comparison(reports: reports, years: 2024...2025).rows.first { $0.kpi.id == "total_expenditure" })
        #expect(chosen.cells.values.allSatisfy { (2024...2025).contains($0.value.year ?? 0) })
        let comparableYears = Set(chosen.cells.values.filter(\.comparable).compactMap(\.value.year))
        #expect(comparableYears == [2024, 2025], "\(comparableYears.sorted())")
    }
}

private extension Decimal {
    func rounded(places: Int) -> Decimal {
        var value = self, result = Decimal()
        NSDecimalRound(&result, &value, places, .plain)
        return result
    }
}
