import Foundation
import Testing
import TestSupport

/// `budgetbench ingest` pointed at a folder of everything that once crashed, hung or misled it:
/// a FIFO named like a PDF, a link out of the folder, the bad-input set, a page with a 1e10 pt
/// MediaBox and a PDF padded with NULs, between good reports. The batch completes.
@Suite struct IngestHostileFolderTests {
    /// Longer than the batch ever takes; a hang fails the test instead of stopping the suite.
    static let timeout = 300.0

    struct Folder {
        let scratch: ScratchFolder
        var reports: String { scratch.path("reports") }
        var fifo: String { scratch.path("reports/x.pdf") }
        var link: String { scratch.path("reports/link.pdf") }
        var nulPadded: String { scratch.path("reports/nul-padded.pdf") }
        var hugePage: String { scratch.path("reports/huge-mediabox.pdf") }
        var database: String { scratch.path("db.sqlite") }

        init() throws {
            scratch = try ScratchFolder()
            try scratch.copy(Repository.report("funing-2020-performance-targets"), as: "reports/funing.pdf")
            try scratch.copy(Repository.report("synthetic-0001-performance-targets", in: "Corpus/synthetic-sample"), as: "reports/synthetic.pdf")
            for bad in try FileManager.default.contentsOfDirectory(atPath: Repository.bad("")) where bad.hasSuffix(".pdf") {
                try scratch.copy(Repository.bad(bad), as: "reports/bad/\(bad)")
            }
            try scratch.copy(Repository.fixture("nul-padded.pdf"), as: "reports/nul-padded.pdf")
            try scratch.copy(Repository.fixture("huge-mediabox.pdf"), as: "reports/huge-mediabox.pdf")
            let outside = try scratch.copy(Repository.report("synthetic-0003-performance-targets", in: "Corpus/synthetic-sample"), as: "outside/target.pdf")
            try FileManager.default.createSymbolicLink(atPath: scratch.path("reports/link.pdf"), withDestinationPath: outside)
            guard mkfifo(scratch.path("reports/x.pdf"), 0o644) == 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        }

        /// Every path under the folder that names a PDF, the FIFO and the link included.
        var allPaths: Set<String> {
            let names = FileManager.default.enumerator(atPath: reports)?.allObjects as? [String] ?? []
            return Set(names.filter { $0.hasSuffix(".pdf") }.map { scratch.path("reports/\($0)") })
        }

        func ingest(_ extra: String...) throws -> CommandResult {
            try Command.run(Command.budgetbench, ["ingest", reports, "--db", database, "--jobs", "2", "--quiet"] + extra, timeout: IngestHostileFolderTests.timeout)
        }
    }

    @Test func everyPathIsStoredRecordedOrReportedSkipped() throws {
        let folder = try Folder()
        defer { folder.scratch.remove() }
        let result = try folder.ingest()
        #expect(!result.timedOut)
        #expect(result.status == 0, "\(result.standardError)")
        let rows = StoredRows(database: folder.database)
        let stored = try rows.documentPaths
        let errors = try rows.errorReasons
        #expect(Set(stored).isDisjoint(with: errors.keys))
        #expect(Set(stored).union(errors.keys).union([folder.link]) == folder.allPaths)
        #expect(!stored.contains(folder.link) && errors[folder.link] == nil)
        #expect(result.standardOutput.contains("1 skipped"))
        #expect(errors[folder.fifo] == "not a regular file")
        #expect(stored.contains(folder.nulPadded))
        // Rendering the 1e10 pt page for rulings once trapped; now its text is looked for without them.
        let huge = try #require(errors[folder.hugePage])
        #expect(!huge.hasPrefix("crashed"), "\(huge)")
        #expect(!errors.values.contains { $0.hasPrefix("crashed") || $0.hasPrefix("timed out") })
        #expect(Set(stored).isSuperset(of: [folder.scratch.path("reports/funing.pdf"), folder.scratch.path("reports/synthetic.pdf")]))
    }

    @Test func followSymlinksStoresTheLinksTarget() throws {
        let folder = try Folder()
        defer { folder.scratch.remove() }
        let result = try folder.ingest("--follow-symlinks")
        #expect(!result.timedOut && result.status == 0)
        let rows = StoredRows(database: folder.database)
        #expect(try rows.documentPaths.contains(folder.link))
        let sample = try CorpusTruth.load("synthetic-0003-performance-targets", in: "Corpus/synthetic-sample")
        #expect(try rows.count("SELECT page_count FROM documents WHERE path = '\(folder.link)'") == sample.pageCount)
    }

    @Test func extractReadsTheNulPaddedFile() throws {
        let path = Repository.fixture("nul-padded.pdf")
        let result = try Command.run(Command.budgetbench, ["extract", path], timeout: 60)
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("Padded page text"))
        #expect(result.standardError.isEmpty)
    }

    /// Rulings come from the page's vector paths, so a page of any size is read whole.
    @Test func extractOfTheHugePageReadsItWithoutTrapping() throws {
        let path = Repository.fixture("huge-mediabox.pdf")
        let result = try Command.run(Command.budgetbench, ["extract", path, "--format", "json"], timeout: 60)
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("\"pageCount\" : 1"))
        let lines = result.standardError.split(separator: "\n")
        #expect(lines.allSatisfy { $0.contains(path) }, "\(result.standardError)")
    }
}
