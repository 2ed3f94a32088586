import BudgetBenchExtract
import BudgetBenchNormalize
import BudgetBenchSegment
import Testing
import TestSupport

/// Report identity read from the documents against the truth: entity, center, year, kind, unit.
@Suite struct IdentityTests {
    @Test func identitiesMatchTheTruth() throws {
        let reader = IdentityReader(centers: try CenterCatalog.bundled())
        var (fields, right) = (0, 0)
        for report in CorpusTruth.reports(in: "Corpus") {
            let truth = try CorpusTruth.load(report)
            let document = try ExtractedDocument.read(path: Repository.report(report), rulings: true)
            let identity = reader.identity(pages: document.pages, tables: Segmenter().segment(document.pages).tables)
            let checks = [
                identity.entity.map { truth.identity.entity.contains($0) || $0.contains(truth.identity.entity) } ?? false,
                identity.center?.slug == truth.identity.center,
                identity.year == truth.identity.year,
                identity.kind?.rawValue == truth.identity.kind,
                identity.unit == truth.identity.unit,
            ]
            print("\(report): \(checks.filter { $0 }.count)/5 — \(identity.entity ?? "?"), \(identity.center?.slug ?? "?"), \(identity.year ?? 0), \(identity.kind?.rawValue ?? "?"), \(identity.unit ?? "?")")
            fields += checks.count
            right += checks.filter { $0 }.count
        }
        print("identity fields right: \(right)/\(fields)")
        #expect(right == fields)
    }
}
