import BudgetBenchIngest
import Foundation

/// The final summary of an ingest run.
struct IngestReport {
    let summary: IngestSummary
    let database: String

    var text: String {
        let seconds = String(format: "%.1f", summary.elapsed)
        return """
            \(summary.outcomes.count) files: \(summary.newCount) new, \(summary.replacedCount) updated, \
            \(summary.skippedCount) skipped, \(summary.failures.count) failed
            stored \(summary.pages) pages, \(summary.amounts) amounts, \(summary.indicators) indicators, \
            \(summary.findings) findings in \(seconds) s → \(database)
            """
    }
}
