import BudgetBenchExtract
import BudgetBenchNormalize
import BudgetBenchSegment
import Foundation
import Testing
import TestSupport

/// The common model of the 29 real reports in ../shared/real, read once: identity against what
/// the file names say, amounts from every table that prints classification codes, and no false
/// finding (these published reports add up, but for the rounding of their printed digits).
@Suite struct RealReportTests {
    struct Read: Sendable {
        let name: String
        let tables: [Table]
        let model: ReportModel
    }

    static var files: [String] { Repository.realReports }

    static let read = Task { () throws -> [Read] in
        try await RealReports.parsed.value.map { Read(name: $0.name, tables: $0.segmented.tables, model: $0.model) }
    }

    @Test(.enabled(if: !files.isEmpty, "needs the real reports in ../shared/real"))
    func identitiesMatchTheirFileNames() async throws {
        var (checked, right, wrong) = (0, 0, [String]())
        for report in try await Self.read.value {
            guard let year = report.name.firstMatch(of: #/20\d\d/#).flatMap({ Int($0.output) }) else { continue }
            let kind: ReportIdentity.Kind = report.name.contains("final") || report.name.contains("决算") ? .finalAccount : .budget
            let identity = report.model.report
            checked += 2
            right += (identity.year == year ? 1 : 0) + (identity.kind == kind ? 1 : 0)
            if identity.year != year || identity.kind != kind {
                wrong.append("\(report.name): \(identity.year ?? 0) \(identity.kind?.rawValue ?? "?")")
            }
        }
        print("real identities: \(right)/\(checked) year and kind fields right", wrong)
        #expect(right == checked)
    }

    @Test(.enabled(if: !files.isEmpty, "needs the real reports in ../shared/real"))
    func amountsComeFromTheCodedTables() async throws {
        var (coded, read, amounts) = (0, 0, 0)
        var missed: [String] = []
        for report in try await Self.read.value {
            let tables = Set(report.model.amounts.map(\.table))
            amounts += report.model.amounts.count
            for (index, table) in report.tables.enumerated() where table.printsClassificationCodes {
                coded += 1
                if tables.contains(index + 1) { read += 1 } else { missed.append("\(report.name) #\(index + 1) \(table.title ?? "")") }
            }
        }
        print("real reports: \(amounts) amounts; \(read)/\(coded) coded tables give amounts; missed:", missed)
        // The tables that give none are the blank template's, which print no figures.
        #expect(missed.allSatisfy { $0.hasPrefix("template_dept_final_attachment2.pdf") }, "\(missed)")
    }

    @Test(.enabled(if: !files.isEmpty, "needs the real reports in ../shared/real"))
    func consistentReportsYieldNoSumFinding() async throws {
        var sums: [String] = []
        var names: [String] = []
        var units: [String] = []
        for report in try await Self.read.value {
            for finding in report.model.findings where finding.kind != .roundingDifference {
                let line = "\(report.name): \(finding.message)"
                switch finding.kind {
                case .codeNameMismatch: names.append(line)
                case .unitMissing: units.append(line)
                default: sums.append(line)
                }
            }
        }
        print("real reports: \(sums.count) sum findings, \(names.count) code/name findings:", names, "tables without a unit:", units)
        #expect(sums.isEmpty, "\(sums)")
        // The catalog lists every name these reports print, the one report that numbers its
        // economic 款 its own way (上海市普陀区社会福利院: 30202 咨询费, where the national list has
        // 印刷费) as that report's names.
        #expect(names.isEmpty, "\(names)")
    }
}
