import BudgetBenchNormalize
import BudgetBenchPDF
import BudgetBenchStore
import Foundation

/// Reads a batch of PDFs in worker processes and stores each whole report in the database.
///
/// The parent never parses a PDF itself: every document is read by one of `jobs` worker
/// processes (the `budgetbench` executable in its worker mode), so a crash, hang or runaway
/// memory in one document costs that worker, which is recorded and replaced, and the batch goes
/// on. Only finished, plain-value reports come back, and this task alone writes them.
public struct Ingester: Sendable {
    public struct Options: Sendable {
        /// Documents read at the same time, each in its own worker process.
        public var jobs: Int
        /// Read and store every file again, even unchanged ones.
        public var force: Bool
        /// Read again files that failed before with the same bytes.
        public var retryFailed: Bool
        /// Follow symbolic links inside a folder that point outside it.
        public var followSymlinks: Bool
        public var limits: WorkerLimits
        public var worker: WorkerCommand

        public init(jobs: Int = ProcessInfo.processInfo.activeProcessorCount, force: Bool = false, retryFailed: Bool = false,
                    followSymlinks: Bool = false, limits: WorkerLimits = WorkerLimits(), worker: WorkerCommand) {
            self.jobs = max(1, jobs)
            self.force = force
            self.retryFailed = retryFailed
            self.followSymlinks = followSymlinks
            self.limits = limits
            self.worker = worker
        }
    }

    let store: any ReportDatabase
    let options: Options

    public init(store: any ReportDatabase, options: Options) {
        self.store = store
        self.options = options
    }

    /// Ingests every PDF under `paths`. Throws only when the database itself cannot be written
    /// (a full disk, say); a file that cannot be read is recorded and the batch goes on. Once
    /// `stopRequested` says so, no further file is started; those being read are still stored.
    public func run(paths: [String], stopRequested: () -> Bool = { false }, progress: (IngestEvent) -> Void) async throws -> IngestSummary {
        let start = Date()
        let found = PDFFinder.files(in: paths, followSymlinks: options.followSymlinks)
        let files = found.files
        progress(.planned(total: files.count + found.outsideLinks.count))
        var summary = IngestSummary()
        for link in found.outsideLinks {
            let outcome = FileOutcome(path: link, status: .skipped(reason: "a symbolic link to outside the folder (--follow-symlinks reads it)"),
                                      pages: 0, amounts: 0, indicators: 0, findings: 0)
            summary.outcomes.append(outcome)
            progress(.finished(outcome))
        }
        var idle = (0..<options.jobs).map { _ in WorkerSlot(command: options.worker, limits: options.limits) }
        try await withThrowingTaskGroup(of: (Reading, WorkerSlot).self) { group in
            var pending = files.makeIterator()
            func startNext() async throws {
                guard !stopRequested() else {
                    summary.interrupted = true
                    return
                }
                guard let path = pending.next(), let slot = idle.popLast() else { return }
                progress(.started(path: path))
                let known = try await lookUp(path)
                group.addTask { [retryFailed = options.retryFailed] in
                    (await Reading.read(path: path, known: known, retryFailed: retryFailed, slot: slot), slot)
                }
            }
            for _ in 0..<options.jobs {
                try await startNext()
            }
            while let (reading, slot) = try await group.next() {
                idle.append(slot)
                let outcome = try await record(reading)
                summary.outcomes.append(outcome)
                progress(.finished(outcome))
                try await startNext()
            }
        }
        summary.total = files.count + found.outsideLinks.count
        summary.elapsed = Date().timeIntervalSince(start)
        return summary
    }

    /// What the store holds of `path`, unless `--force` says to read it regardless.
    func lookUp(_ path: String) async throws -> Reading.Known {
        guard !options.force else { return Reading.Known(stored: nil, failure: nil) }
        return Reading.Known(stored: try await store.storedVersion(path: path), failure: try await store.failure(path: path))
    }

    /// Stores what came of reading one file, by the rules of every batch: unchanged files
    /// skipped, a failure recorded, the same bytes stored at one path only.
    func record(_ reading: Reading) async throws -> FileOutcome {
        var outcome = FileOutcome(path: reading.path, status: .new, pages: 0, amounts: 0, indicators: 0, findings: 0)
        switch reading.result {
        case .unchanged:
            outcome.status = .skipped(reason: "unchanged since it was stored")
        case .failedBefore(let reason):
            outcome.status = .skipped(reason: "failed before with the same bytes (\(reason)); --retry-failed reads it again")
        case .failed(let error):
            try await store.recordFailure(path: reading.path, sha256: reading.sha256, page: error.page, reason: error.reason,
                                    parserVersion: ParsedReport.parserVersion)
            outcome.status = .failed(reason: error.reason, page: error.page)
        case .parsed(let report, let sha256):
            // Also with --force: the same bytes are stored at one path only.
            if let other = try await store.pathStoring(sha256: sha256, parserVersion: ParsedReport.parserVersion, except: reading.path) {
                try await store.remove(path: reading.path)
                outcome.status = .skipped(reason: "same content as \(other)")
                return outcome
            }
            let provenance = Provenance(path: reading.path, sha256: sha256, pageCount: report.pageCount,
                                        parserVersion: ParsedReport.parserVersion, warnings: report.warnings)
            outcome.status = try await store.save(report.model, segmented: report.segmented, provenance: provenance) == .new ? .new : .replaced
            outcome.pages = report.pageCount
            outcome.amounts = report.model.amounts.count
            outcome.indicators = report.model.indicators.count
            outcome.findings = report.model.findings.count
        }
        return outcome
    }
}
