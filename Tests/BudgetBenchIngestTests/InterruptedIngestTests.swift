import BudgetBenchIngest
import BudgetBenchNormalize
import BudgetBenchStore
import Foundation
import GRDB
import Testing
import TestSupport

/// `budgetbench ingest` killed with SIGKILL or stopped with Ctrl-C (SIGINT) mid-batch: the
/// database holds whole documents only, and the next run completes the batch without storing
/// anything twice.
@Suite(.serialized) struct InterruptedIngestTests {
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

    /// What a clean ingest of the folders stores, made once for the suite.
    static let reference = Task { () throws -> [String: [Int]] in
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let store = try ReportStore(path: scratch.path("reference.sqlite"))
        _ = try await Ingester(store: store, options: .init(worker: .built)).run(paths: folders) { _ in }
        return try InterruptedIngestTests().contents(of: store.path)
    }

    /// Starts `budgetbench ingest` on the folders with one job and sends `signal` once it has
    /// stored three documents; returns the process after it ended. The wait blocks its thread
    /// rather than suspending, so busy test threads cannot delay the signal past the batch's end.
    func interruptedIngest(into database: String, with signal: Int32) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Command.budgetbench)
        process.arguments = ["ingest"] + Self.folders + ["--db", database, "--jobs", "1", "--quiet"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        while process.isRunning, documentCount(database) < 3 {
            usleep(20_000)
        }
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        return process
    }

    /// The interrupted database holds whole documents only; the next run completes it, nothing twice.
    func expectWholeThenResumed(_ database: String) async throws {
        let expected = try await Self.reference.value
        #expect(expected.count == 13)
        let partial = try contents(of: database)
        #expect(partial.count >= 3 && partial.count < 13)
        for (path, counts) in partial {
            #expect(counts == expected[path], "\(path) is not whole after the interruption")
        }
        let resumed = try Command.run(Command.budgetbench, ["ingest"] + Self.folders + ["--db", database, "--quiet"])
        #expect(resumed.status == 0)
        #expect(resumed.standardOutput.contains("\(partial.count) skipped"))
        #expect(try contents(of: database) == expected)
    }

    @Test func killedMidBatchThenResumed() async throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let database = scratch.path("killed.sqlite")
        let process = try interruptedIngest(into: database, with: SIGKILL)
        #expect(process.terminationReason == .uncaughtSignal)
        try await expectWholeThenResumed(database)
    }

    @Test func ctrlCStopsAfterTheFilesBeingRead() async throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let database = scratch.path("interrupted.sqlite")
        let process = try interruptedIngest(into: database, with: SIGINT)
        #expect(process.terminationReason == .exit && process.terminationStatus == 130)
        try await expectWholeThenResumed(database)
    }
}
