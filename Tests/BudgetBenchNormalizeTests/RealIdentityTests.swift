import BudgetBenchExtract
import BudgetBenchNormalize
import BudgetBenchSegment
import Foundation
import Testing
import TestSupport

/// Identity of the 29 real reports in ../shared/real, read from the documents and checked
/// against what their file names say (year, budget or final account).
@Suite struct RealIdentityTests {
    static var files: [String] { Repository.realReports }

    @Test(.enabled(if: !files.isEmpty, "needs the real reports in ../shared/real"))
    func realIdentitiesMatchTheirFileNames() throws {
        let reader = IdentityReader(centers: try CenterCatalog.bundled())
        var (checked, right, wrong) = (0, 0, [String]())
        for file in Self.files {
            let name = URL(fileURLWithPath: file).lastPathComponent
            guard let year = name.firstMatch(of: #/20\d\d/#).flatMap({ Int($0.output) }) else { continue }
            let kind: ReportIdentity.Kind = name.contains("final") || name.contains("决算") ? .finalAccount : .budget
            let document = try ExtractedDocument.read(path: file, rulings: true)
            let identity = reader.identity(pages: document.pages, tables: Segmenter().segment(document.pages).tables)
            checked += 2
            right += (identity.year == year ? 1 : 0) + (identity.kind == kind ? 1 : 0)
            if identity.year != year || identity.kind != kind {
                wrong.append("\(name): \(identity.year ?? 0) \(identity.kind?.rawValue ?? "?")")
            }
        }
        print("real identities: \(right)/\(checked) year and kind fields right", wrong)
        #expect(right == checked)
    }
}
