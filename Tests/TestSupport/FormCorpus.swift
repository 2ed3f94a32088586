import BudgetBenchIngest
import BudgetBenchNormalize
import Foundation

/// The documents of `Corpus/forms`, each read through the whole pipeline once per test run and
/// shared by every test that looks at them.
public enum FormCorpus {
    public struct Parsed: Sendable {
        public let truth: FormTruth
        public let model: ReportModel
    }

    public static let parsed = Task { () throws -> [Parsed] in
        let catalogs = try Catalogs.bundled()
        return try FormTruth.Subset.allCases.flatMap { try FormTruth.all(in: $0) }.map { truth, pdf in
            Parsed(truth: truth, model: try ParsedReport.read(path: pdf, catalogs: catalogs).model)
        }
    }
}
