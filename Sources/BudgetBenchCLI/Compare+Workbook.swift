import ArgumentParser
import BudgetBenchCompare
import BudgetBenchWorkbook
import Foundation

extension Compare {
    /// Writes the meeting workbook and says where on standard error (standard output may carry CSV or JSON).
    func writeWorkbook(_ comparison: Comparison, to path: String) throws {
        do {
            try BenchmarkWorkbook(comparison: comparison, language: lang.language, focus: focus).write(to: path)
        } catch let failure as BenchmarkWorkbook.Failure {
            Diagnostics.error(failure.description)
            throw ExitCode(2)
        }
        let written = URL(fileURLWithPath: path).standardizedFileURL.path
        FileHandle.standardError.write(Data("budgetbench: wrote workbook \(written)\n".utf8))
    }
}
