import Foundation
import Testing
import TestSupport

/// The same bytes at two paths are stored once, also when `--force` reads everything again
/// (it once stored both, and kept both afterwards).
@Suite struct ForcedIngestDedupTests {
    @Test func forceKeepsOneDocumentForTheSameBytes() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let database = scratch.path("db.sqlite")
        let sample = Repository.report("synthetic-0001-performance-targets", in: "Corpus/synthetic-sample")
        try scratch.copy(sample, as: "reports/a/report.pdf")
        try scratch.copy(sample, as: "reports/b/copy.pdf")
        let arguments = ["ingest", scratch.path("reports"), "--db", database, "--quiet"]
        let rows = StoredRows(database: database)

        let first = try Command.run(Command.budgetbench, arguments, timeout: 120)
        #expect(first.status == 0)
        // Which of the two is kept depends on which worker finishes first; it stays kept.
        let kept = try rows.documentPaths
        #expect(kept.count == 1)

        for _ in 0..<2 {
            let forced = try Command.run(Command.budgetbench, arguments + ["--force"], timeout: 120)
            #expect(forced.status == 0)
            #expect(forced.standardOutput.contains("2 files: 0 new, 1 updated, 1 skipped, 0 failed"), "\(forced.standardOutput)")
            #expect(try rows.documentPaths == kept)
        }
    }
}
