import BudgetBenchNormalize
import Foundation
import Testing
import TestSupport

/// The bundled code catalog against the real reports of ../shared/real: every code the pipeline
/// reads from them is listed, every name says where it comes from, and a renamed code is named as
/// in the report's year.
@Suite struct CodeCatalogCoverageTests {
    static var hasRealReports: Bool { !Repository.realReports.isEmpty }

    @Test(.enabled(if: hasRealReports, "needs the real reports in ../shared/real"))
    func everyCodeReadFromTheRealReportsIsInTheCatalog() async throws {
        let catalog = try CodeCatalog.bundled()
        var read = Set<String>(), missing = Set<String>()
        for report in try await RealReports.parsed.value {
            for amount in report.model.amounts where !amount.isTotal {
                read.insert("\(amount.scheme) \(amount.code)")
                if catalog.names(of: amount.code, scheme: amount.scheme).isEmpty {
                    missing.insert("\(report.relativePath): \(amount.scheme) \(amount.code) \(amount.name)")
                }
            }
        }
        print("catalog \(catalog.version): \(read.count) distinct codes read from the real reports; missing:", missing.sorted())
        #expect(read.count > 150, "the real reports print some 185 codes; the pipeline read \(read.count)")
        #expect(missing.isEmpty, "\(missing.sorted())")
    }

    /// The catalog's real sources were read from the printed pages, not from the pipeline: each
    /// code the pipeline reads from a report is one the catalog found printed in that report, and
    /// the other way round but for tables without figures.
    @Test(.enabled(if: hasRealReports, "needs the real reports in ../shared/real"))
    func everyCodeReadFromAReportIsPrintedInIt() async throws {
        let catalog = try CodeCatalog.bundled(withSources: true)
        var printed: [String: Set<String>] = [:]
        for scheme in [Amount.Scheme.function, .economic] {
            for code in catalog.codes(of: scheme) {
                for name in catalog.names(of: code, scheme: scheme) {
                    for case .real(let path, _, _) in name.source { printed[path, default: []].insert("\(scheme) \(code)") }
                }
            }
        }
        var unprinted: [String] = [], unread: [String] = []
        for report in try await RealReports.parsed.value {
            let read = Set(report.model.amounts.filter { !$0.isTotal }.map { "\($0.scheme) \($0.code)" })
            let onPages = printed[report.relativePath] ?? []
            unprinted += read.subtracting(onPages).sorted().map { "\(report.relativePath): \($0)" }
            unread += onPages.subtracting(read).sorted().map { "\(report.relativePath): \($0)" }
        }
        print("codes printed in a report that the pipeline reads no amount for:", unread)
        #expect(unprinted.isEmpty, "\(unprinted)")
        // The blank national template's function tables print codes without figures: no amounts.
        #expect(unread.allSatisfy { $0.hasPrefix("shanghai/template_dept_final_attachment2.pdf") }, "\(unread)")
    }

    @Test func everyCatalogNameHasASource() throws {
        let catalog = try CodeCatalog.bundled(withSources: true)
        var unsourced: [String] = [], badSources: [String] = []
        for scheme in [Amount.Scheme.function, .economic] {
            for code in catalog.codes(of: scheme) {
                for name in catalog.names(of: code, scheme: scheme) {
                    if name.source.isEmpty { unsourced.append("\(code) \(name.name)") }
                    for source in name.source where !Self.isComplete(source) { badSources.append("\(code) \(name.name): \(source)") }
                }
            }
        }
        #expect(unsourced.isEmpty, "\(unsourced)")
        #expect(badSources.isEmpty, "\(badSources)")
    }

    /// The catalog the pipeline reads (its sources' kinds only) has the same names, years and
    /// national marks as the one read with every source.
    @Test func theCatalogWithoutSourcesKnowsTheSameNames() throws {
        let lean = try CodeCatalog.bundled(), full = try CodeCatalog.bundled(withSources: true)
        var national = 0
        for scheme in [Amount.Scheme.function, .economic] {
            #expect(lean.codes(of: scheme) == full.codes(of: scheme))
            for code in full.codes(of: scheme) {
                let leanNames = lean.names(of: code, scheme: scheme), fullNames = full.names(of: code, scheme: scheme)
                #expect(leanNames.map { [$0.name, "\($0.from ?? 0)", "\($0.to ?? 0)", "\($0.isNational)"] }
                            == fullNames.map { [$0.name, "\($0.from ?? 0)", "\($0.to ?? 0)", "\($0.isNational)"] }, "\(code)")
                for name in fullNames {
                    let listed = name.source.contains { if case .national = $0 { true } else { false } }
                    #expect(name.isNational == listed, "\(code) \(name.name)")
                    if listed { national += 1 }
                }
                #expect(leanNames.allSatisfy { $0.source.isEmpty })
            }
        }
        #expect(national > 50, "the national class lists give some hundred names; \(national) are marked national")
    }

    /// A source names its list, or a report file that exists (the real ones where they are
    /// present) with the pages printing the name.
    private static func isComplete(_ source: CodeCatalog.Source) -> Bool {
        switch source {
        case .national(let list, _):
            return !list.isEmpty
        case .corpus(let path, _, let pages):
            return !pages.isEmpty && FileManager.default.fileExists(atPath: Repository.root.appendingPathComponent(path).path)
        case .real(let path, _, let pages):
            return !pages.isEmpty && (!hasRealReports || FileManager.default.fileExists(atPath: Repository.realFolder.appendingPathComponent(path).path))
        }
    }

    @Test func renamedEconomicCodesFollowTheReportYear() throws {
        let catalog = try CodeCatalog.bundled()
        // 30311 before and after the 2018 reform of the economic classification.
        #expect(catalog.name(of: "30311", scheme: .economic, in: 2017)?.name == "住房公积金")
        #expect(catalog.name(of: "30311", scheme: .economic, in: 2018)?.name == "代缴社会保险费")
        #expect(catalog.name(of: "30311", scheme: .economic, in: 2024)?.name == "代缴社会保险费")
        // Dated from the reports that print each name: Jiangsu's 2017 tables, later ones.
        #expect(catalog.name(of: "30307", scheme: .economic, in: 2017)?.name == "医疗费")
        #expect(catalog.name(of: "30307", scheme: .economic, in: 2019)?.name == "医疗费补助")
        #expect(catalog.name(of: "310", scheme: .economic, in: 2017)?.name == "其他资本性支出")
        #expect(catalog.name(of: "310", scheme: .economic, in: 2025)?.name == "资本性支出")
        // A year past the last report printing a name still gets the nearest years' name.
        #expect(catalog.name(of: "30307", scheme: .economic, in: 2030)?.name == "医疗费补助")
    }

    @Test func aReportsOwnListDoesNotDisplaceTheNationalNames() throws {
        let catalog = try CodeCatalog.bundled()
        // 普陀区社会福利院 2024 prints 30202 咨询费 and 30203 水费; the national list has 印刷费 and 咨询费.
        #expect(catalog.names(of: "30202", scheme: .economic).map(\.name).contains("咨询费"))
        #expect(catalog.name(of: "30202", scheme: .economic, in: 2024)?.name == "印刷费")
        #expect(catalog.code(named: "水费") == "30205")
        #expect(catalog.code(named: "咨询费") == "30203")
        // Names that several codes carry in the national lists too stay unresolved.
        #expect(catalog.code(named: "住房公积金") == nil)
        #expect(catalog.code(named: "提租补贴") == nil)
    }

    @Test(.enabled(if: hasRealReports, "needs the real reports in ../shared/real"))
    func realReportsPrint30311UnderTheNameOfTheirYear() async throws {
        let catalog = try CodeCatalog.bundled()
        var checked: [Int: Int] = [:], wrong: [String] = []
        for report in try await RealReports.parsed.value {
            guard let year = report.model.report.year else { continue }
            for amount in report.model.amounts where amount.scheme == .economic && amount.code == "30311" {
                checked[year < 2018 ? 2017 : 2018, default: 0] += 1
                let named = catalog.name(of: amount.code, scheme: .economic, in: year)?.name
                if named != amount.name { wrong.append("\(report.relativePath) \(year): printed \(amount.name), catalog \(named ?? "–")") }
            }
        }
        #expect(checked[2017, default: 0] > 0 && checked[2018, default: 0] > 0, "30311 read before and after 2018: \(checked)")
        #expect(wrong.isEmpty, "\(wrong)")
    }
}
