import ArgumentParser
import BudgetBenchIngest
import BudgetBenchPostgres
import Foundation

/// `budgetbench work`: read jobs from the shared queue until none is left, on any number of machines.
struct Work: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "work",
        abstract: "Claim queued PDFs from a PostgreSQL database's job queue, read them in worker processes and store them.",
        discussion: """
            Start it on as many machines as you like against the same --db. Jobs are claimed with \
            SELECT … FOR UPDATE SKIP LOCKED, so no two processes read the same file; each document is \
            stored in one transaction. A heartbeat keeps the claims alive; the claims of a process that \
            died expire after --lease seconds and are taken by another. The same skip-unchanged and \
            replace rules as `ingest` apply. Exits once no job is queued or running anywhere.
            """
    )

    @OptionGroup var database: DatabaseOption

    @OptionGroup var catalogs: CatalogOptions

    @Option(help: "Documents read in parallel on this machine (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Seconds a claim lasts past its holder's last heartbeat.")
    var lease: Double = PostgresJobQueue.defaultLease

    @OptionGroup var workerLimits: WorkerLimitOptions

    @Flag(help: "No line per document.")
    var quiet = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard lease >= 2 else { throw ValidationError("--lease must be at least 2 seconds") }
    }

    func run() async throws {
        let store = try await database.open(.readWrite)
        let queue = try await database.openQueue(lease: lease)
        _ = try catalogs.load()
        let worker = WorkerCommand.current(arguments: ["worker"] + catalogs.arguments)
        let ingester = Ingester(store: store, options: .init(jobs: jobs, limits: workerLimits.limits,
                                                             worker: worker))
        let interrupt = InterruptRequest()
        interrupt.install()
        let summary: IngestSummary
        do {
            summary = try await ingester.work(queue: queue, stopRequested: { interrupt.isRequested }) { event in
                // The queue is shared, so there is no total to count down: one line per document.
                guard !quiet, case .finished(let outcome) = event else { return }
                print(Self.line(outcome))
            }
        } catch {
            Diagnostics.error("\(store.location): cannot use the database (\(error)); documents stored so far are whole, unfinished claims expire")
            throw ExitCode(2)
        }
        summary.failures.compactMap(\.failureMessage).forEach { Diagnostics.error($0) }
        try await queue.close()
        try await store.close()
        print("\(queue.worker): " + IngestReport(summary: summary, database: store.location).text)
        if summary.interrupted {
            Diagnostics.error("interrupted: the jobs being read were finished; the rest stay queued")
            throw ExitCode(130)
        }
    }

    private static func line(_ outcome: FileOutcome) -> String {
        switch outcome.status {
        case .new: "stored \(outcome.path) (\(outcome.pages) pages, \(outcome.amounts) amounts)"
        case .replaced: "replaced \(outcome.path) (\(outcome.pages) pages, \(outcome.amounts) amounts)"
        case .skipped(let reason): "skipped \(outcome.path): \(reason)"
        case .failed: "failed \(outcome.failureMessage ?? outcome.path)"
        }
    }
}
