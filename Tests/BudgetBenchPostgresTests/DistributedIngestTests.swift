import BudgetBenchIngest
import Foundation
import Testing
import TestSupport

/// Three `budgetbench work` processes share one queue of 100 documents; one is killed with
/// SIGKILL while it holds a claim. Its claim expires and is read by another, and in the end
/// every document is stored exactly once, with the same rows a SQLite ingest of the same files stores.
@Suite(.enabled(if: TestPostgres.url != nil, "needs the PostgreSQL test server (make test starts one)"))
struct DistributedIngestTests {
    static let documentCount = 100
    static let lease = "3"

    /// `count` distinct files made from the sample reports: each copy gets a trailing PDF comment
    /// of its own after `%%EOF`, which readers ignore, so it parses alike but has its own bytes.
    static func corpus(in scratch: ScratchFolder, count: Int) throws -> String {
        let folder = Repository.root.appendingPathComponent("Corpus/synthetic-sample/reports")
        let samples = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".pdf") }.sorted()
        for index in 0..<count {
            let sample = samples[index % samples.count]
            var bytes = try Data(contentsOf: folder.appendingPathComponent(sample))
            bytes.append(Data("\n% copy \(index)\n".utf8))
            try bytes.write(to: scratch.url.appendingPathComponent("corpus/\(String(format: "%03d", index))-\(sample)"))
        }
        return scratch.path("corpus")
    }

    @Test func aWorkerKilledMidDocumentLosesNothingAndStoresNothingTwice() async throws {
        let postgres = try TestDatabase(.postgres)
        let sqlite = try TestDatabase(.sqlite)
        defer {
            postgres.remove()
            sqlite.remove()
        }
        let scratch = postgres.folder
        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent("corpus"), withIntermediateDirectories: true)
        let corpus = try Self.corpus(in: scratch, count: Self.documentCount)

        let enqueued = try Command.run(Command.budgetbench, ["enqueue", corpus, "--db", postgres.location], timeout: 120)
        #expect(enqueued.status == 0, "\(enqueued.standardError)")
        #expect(try postgres.integer("SELECT COUNT(*) FROM jobs WHERE state = 'queued'") == Self.documentCount)

        let workers = try (0..<3).map { _ in
            try WorkProcess(arguments: ["work", "--db", postgres.location, "--jobs", "1", "--lease", Self.lease, "--quiet"])
        }
        // The victim is killed once the batch is under way and while it holds a claim: it is
        // stopped first, so that what the queue says of it cannot change before the kill.
        let victim = workers[0]
        let held = "SELECT COALESCE(MIN(id), 0) FROM jobs WHERE state = 'running' AND claimed_by LIKE '%:\(victim.pid):%'"
        var abandoned = 0
        let deadline = Date().addingTimeInterval(300)
        while abandoned == 0, Date() < deadline {
            usleep(20_000)
            guard try postgres.integer("SELECT COUNT(*) FROM jobs WHERE state = 'done'") >= 10 else { continue }
            victim.signal(SIGSTOP)
            usleep(100_000)
            abandoned = try postgres.integer(held)
            victim.signal(abandoned > 0 ? SIGKILL : SIGCONT)
        }
        victim.reap()
        #expect(abandoned > 0, "the victim held a claim when it was killed")
        for worker in workers.dropFirst() {
            let result = worker.wait(timeout: 600)
            #expect(result.status == 0 && !result.timedOut, "\(result.standardError)")
        }

        #expect(try postgres.integer("SELECT COUNT(*) FROM jobs WHERE state = 'done'") == Self.documentCount)
        // The abandoned job was taken again once its claim expired, and finished by its new holder.
        #expect(try postgres.lines("SELECT state, attempts, claimed_by LIKE '%:\(victim.pid):%' FROM jobs WHERE id = \(abandoned)") == ["done|2|f"])
        #expect(try postgres.integer("SELECT COUNT(*) FROM documents") == Self.documentCount)
        #expect(try postgres.integer("SELECT COUNT(DISTINCT path) FROM documents") == Self.documentCount)
        #expect(try postgres.integer("SELECT COUNT(*) FROM documents d JOIN jobs j ON j.path = d.path AND j.sha256 = d.sha256") == Self.documentCount)
        let status = try Command.run(Command.budgetbench, ["status", "--db", postgres.location], timeout: 60)
        #expect(status.standardOutput.hasPrefix("queued 0, running 0, done \(Self.documentCount), failed 0"), "\(status.standardOutput)")

        let store = try await sqlite.open()
        let summary = try await Ingester(store: store, options: .init(jobs: 2, worker: .built)).run(paths: [corpus]) { _ in }
        try await store.close()
        #expect(summary.newCount == Self.documentCount)
        for table in ["documents", "sections", "tables", "amounts", "indicators", "facts", "findings", "errors"] {
            let sql = "SELECT COUNT(*) FROM \(table)"
            #expect(try postgres.integer(sql) == sqlite.integer(sql), "\(table)")
        }
        let perDocument = "SELECT d.path || ':' || COUNT(a.document_id) FROM documents d LEFT JOIN amounts a ON a.document_id = d.id GROUP BY d.path ORDER BY d.path"
        #expect(try postgres.lines(perDocument) == sqlite.lines(perDocument))
    }
}

/// A `budgetbench` process run in the background, to be killed or waited for.
final class WorkProcess: @unchecked Sendable {
    private let process = Process()
    private let error = Pipe()
    var pid: Int32 { process.processIdentifier }

    init(arguments: [String]) throws {
        process.executableURL = URL(fileURLWithPath: Command.budgetbench)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = error
        try process.run()
    }

    func signal(_ number: Int32) {
        Glibc.kill(process.processIdentifier, number)
    }

    /// Waits for a process that was killed.
    func reap() {
        process.waitUntilExit()
    }

    func wait(timeout: Double) -> CommandResult {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline {
            usleep(50_000)
        }
        let timedOut = process.isRunning
        if timedOut {
            Glibc.kill(process.processIdentifier, SIGKILL)
        }
        process.waitUntilExit()
        let message = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return CommandResult(status: process.terminationStatus, standardOutput: "", standardError: message, timedOut: timedOut)
    }
}
