import BudgetBenchIngest
import BudgetBenchStore
import Foundation
import GRDB
import Testing
import TestSupport

/// A worker that crashes, hangs or runs out of memory on one file costs that file only: the
/// reason is recorded in `errors`, the worker is replaced, and the files after it are stored.
@Suite struct WorkerFailureTests {
    /// Three different reports; `bad` sorts between the two good ones, so one job reads it second.
    static func batch(in scratch: ScratchFolder, bad: String) throws -> [String] {
        let samples = ["synthetic-0000-overall-self-evaluation", "synthetic-0004-performance-targets", "synthetic-0006-final-account"]
            .map { Repository.report($0, in: "Corpus/synthetic-sample") }
        return [
            try scratch.copy(samples[0], as: "reports/a-good.pdf"),
            try scratch.copy(samples[1], as: "reports/m-\(bad).pdf"),
            try scratch.copy(samples[2], as: "reports/z-good.pdf"),
        ]
    }

    func ingest(_ paths: [String], into database: String, worker: WorkerCommand, limits: WorkerLimits = WorkerLimits(),
                retryFailed: Bool = false) async throws -> IngestSummary {
        let store = try ReportStore(path: database)
        return try await Ingester(store: store, options: .init(jobs: 1, retryFailed: retryFailed, limits: limits, worker: worker))
            .run(paths: paths) { _ in }
    }

    func storedPaths(_ database: String) throws -> Set<String> {
        Set(try DatabaseQueue(path: database).read { db in try String.fetchAll(db, sql: "SELECT path FROM documents") })
    }

    func errorReasons(_ database: String) throws -> [String: String] {
        try DatabaseQueue(path: database).read { db in
            try Row.fetchAll(db, sql: "SELECT path, reason FROM errors").reduce(into: [:]) { $0[$1["path"] as String] = $1["reason"] as String }
        }
    }

    /// Runs the batch with one misbehaving file and checks it is the only loss.
    func expectOnlyTheBadFileLost(bad: String, worker: WorkerCommand, limits: WorkerLimits = WorkerLimits(),
                                  reason expected: (String) -> Bool) async throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let database = scratch.path("db.sqlite")
        let files = try Self.batch(in: scratch, bad: bad)
        let summary = try await ingest([scratch.path("reports")], into: database, worker: worker, limits: limits)
        #expect(summary.newCount == 2 && summary.failures.map(\.path) == [files[1]])
        #expect(try storedPaths(database) == [files[0], files[2]])
        let reasons = try errorReasons(database)
        #expect(reasons.count == 1)
        let reason = try #require(reasons[files[1]])
        #expect(expected(reason), "reason was “\(reason)”")
    }

    @Test func crashIsRecordedWithItsSignalAndTheBatchGoesOn() async throws {
        try await expectOnlyTheBadFileLost(bad: "crash", worker: .misbehaving(crashOn: "crash")) { $0.hasPrefix("crashed (signal 4)") }
    }

    /// Alone in its batch: with a 1 s limit, the good files' own worker start-up could run over it
    /// on a loaded machine. A hang not stopped would end after 100 s with the file stored.
    @Test func hangIsStoppedAtTheTimeout() async throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let database = scratch.path("db.sqlite")
        let file = try scratch.copy(Repository.fixture("nul-padded.pdf"), as: "hang.pdf")
        let summary = try await ingest([file], into: database, worker: .misbehaving(hangOn: "hang"), limits: WorkerLimits(timeout: 1))
        #expect(summary.newCount == 0 && summary.failures.map(\.path) == [file])
        #expect(try storedPaths(database).isEmpty)
        #expect(try errorReasons(database) == [file: "timed out after 1 s"])
    }

    @Test func memoryHogIsStoppedAtTheLimit() async throws {
        try await expectOnlyTheBadFileLost(bad: "memory", worker: .misbehaving(allocateOn: "memory"),
                                           limits: WorkerLimits(maxMemory: 300 << 20)) { $0 == "memory limit (over 300 MB)" }
    }

    @Test func failedFileIsSkippedNextRunAndReadAgainWithRetryFailed() async throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let database = scratch.path("db.sqlite")
        let files = try Self.batch(in: scratch, bad: "crash")
        _ = try await ingest([files[1]], into: database, worker: .misbehaving(crashOn: "crash"))
        #expect(try errorReasons(database)[files[1]]?.hasPrefix("crashed (signal 4)") == true)

        // The real worker would read it, but the same bytes failed before: not tried again.
        let next = try await ingest([files[1]], into: database, worker: .built)
        guard case .skipped(let reason) = next.outcomes.first?.status else {
            Issue.record("the failed file was not skipped: \(next.outcomes)")
            return
        }
        #expect(reason.hasPrefix("failed before with the same bytes (crashed (signal 4)"))
        #expect(try storedPaths(database).isEmpty)

        let retried = try await ingest([files[1]], into: database, worker: .built, retryFailed: true)
        #expect(retried.newCount == 1)
        #expect(try storedPaths(database) == [files[1]])
        #expect(try errorReasons(database).isEmpty)
    }
}
