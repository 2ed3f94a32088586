import BudgetBenchIngest
import BudgetBenchNormalize
import BudgetBenchStore
import Foundation
import GRDB
import Testing
import TestSupport

/// `budgetbench ingest` killed with SIGKILL mid-batch: the database holds whole documents only,
/// and the next run completes the batch without storing anything twice.
@Suite struct InterruptedIngestTests {
    static let folders = ["Corpus/reports", "Corpus/synthetic-sample/reports"].map { Repository.root.appendingPathComponent($0).path }

    /// Rows each document owns, by path: what "whole" means.
    func contents(of database: String) throws -> [String: [Int]] {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        return try DatabaseQueue(path: database, configuration: configuration).read { db in
            try Row.fetchAll(db, sql: """
                SELECT d.path,
                       (SELECT COUNT(*) FROM sections x WHERE x.document_id = d.id) AS sections,
                       (SELECT COUNT(*) FROM tables x WHERE x.document_id = d.id) AS tables,
                       (SELECT COUNT(*) FROM amounts x WHERE x.document_id = d.id) AS amounts,
                       (SELECT COUNT(*) FROM indicators x WHERE x.document_id = d.id) AS indicators,
                       (SELECT COUNT(*) FROM facts x WHERE x.document_id = d.id) AS facts,
                       (SELECT COUNT(*) FROM findings x WHERE x.document_id = d.id) AS findings
                FROM documents d
                """).reduce(into: [String: [Int]]()) { result, row in
                result[row["path"]] = ["sections", "tables", "amounts", "indicators", "facts", "findings"].map { row[$0] }
            }
        }
    }

    func documentCount(_ database: String) -> Int {
        guard FileManager.default.fileExists(atPath: database) else { return 0 }
        return (try? contents(of: database).count) ?? 0
    }

    @Test func killedMidBatchThenResumed() async throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let reference = scratch.path("reference.sqlite")
        let store = try ReportStore(path: reference)
        _ = try await Ingester(store: store, catalogs: try Catalogs.bundled()).run(paths: Self.folders) { _ in }
        let expected = try contents(of: reference)
        #expect(expected.count == 13)

        let database = scratch.path("killed.sqlite")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Command.budgetbench)
        process.arguments = ["ingest"] + Self.folders + ["--db", database, "--jobs", "1", "--quiet"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        while process.isRunning, documentCount(database) < 3 {
            try await Task.sleep(for: .milliseconds(20))
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)

        let partial = try contents(of: database)
        #expect(partial.count >= 3 && partial.count < 13)
        for (path, counts) in partial {
            #expect(counts == expected[path], "\(path) is not whole after the kill")
        }

        let resumed = try Command.run(Command.budgetbench, ["ingest"] + Self.folders + ["--db", database, "--quiet"])
        #expect(resumed.status == 0)
        #expect(resumed.standardOutput.contains("\(partial.count) skipped"))
        #expect(try contents(of: database) == expected)
    }
}
