import Foundation
import Testing
import TestSupport

/// Two `budgetbench ingest` processes started together on a database that does not exist yet:
/// both create and migrate it at once, and once failed with `table documents already exists`.
@Suite struct ConcurrentIngestTests {
    @Test func twoIngestsOnANewDatabaseBothSucceedAndStoreEachDocumentOnce() async throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let database = scratch.path("new/db.sqlite")
        let folder = Repository.root.appendingPathComponent("Corpus/synthetic-sample/reports").path
        let arguments = ["ingest", folder, "--db", database, "--jobs", "1", "--quiet"]
        async let first = Task.detached { try Command.run(Command.budgetbench, arguments, timeout: 300) }.value
        async let second = Task.detached { try Command.run(Command.budgetbench, arguments, timeout: 300) }.value
        let results = try await [first, second]
        for result in results {
            #expect(!result.timedOut)
            #expect(result.status == 0, "\(result.standardError)")
        }
        let reports = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".pdf") }
        let rows = StoredRows(database: database)
        let paths = try rows.documentPaths
        #expect(paths.count == reports.count)
        #expect(Set(paths).count == paths.count)
        #expect(try rows.count("SELECT COUNT(*) FROM errors") == 0)
        // Each migration (v1 … v4, v5-indicator-forms) applied once, by one of the two.
        #expect(try rows.count("SELECT COUNT(*) FROM grdb_migrations") == 5)
        #expect(try rows.count("SELECT COUNT(DISTINCT identifier) FROM grdb_migrations") == 5)
    }
}
