import BudgetBenchExtract
import BudgetBenchNormalize
import BudgetBenchSegment
import Testing
import TestSupport

/// Report identity read from the documents against the truth: entity, center, year, kind, unit.
/// The synthetic centers are fictional, so no catalog center is expected for them.
@Suite struct IdentityTests {
    @Test(arguments: ["Corpus", "Corpus/synthetic-sample"])
    func identitiesMatchTheTruth(folder: String) throws {
        let reader = IdentityReader(centers: try CenterCatalog.bundled())
        var (fields, right) = (0, 0)
        for report in CorpusTruth.reports(in: folder) {
            let truth = try CorpusTruth.load(report, in: folder)
            let document = try ExtractedDocument.read(path: Repository.report(report, in: folder), rulings: true)
            let identity = reader.identity(pages: document.pages, tables: Segmenter().segment(document.pages).tables)
            let center = folder == "Corpus" ? identity.center?.slug == truth.identity.center : identity.center == nil
            let checks = [
                identity.entity.map { truth.identity.entity.contains($0) || $0.contains(truth.identity.entity) } ?? false,
                center,
                identity.year == truth.identity.year,
                identity.kind?.rawValue == truth.identity.kind,
                identity.unit == truth.identity.unit,
            ]
            print("\(report): \(checks.filter { $0 }.count)/5 — \(identity.entity ?? "?"), \(identity.center?.slug ?? "?"), \(identity.year ?? 0), \(identity.kind?.rawValue ?? "?"), \(identity.unit ?? "?")")
            fields += checks.count
            right += checks.filter { $0 }.count
        }
        print("\(folder): identity fields right: \(right)/\(fields)")
        #expect(right == fields)
    }
}
