import BudgetBenchNormalize
import BudgetBenchPDF
import BudgetBenchStore
import Foundation

/// Reads a batch of PDFs in parallel and stores each whole report in the database.
///
/// Each child task opens, reads and frees its own PDF, so no poppler object is shared between
/// threads; only finished, plain-value reports come back, and this task alone writes them.
public struct Ingester: Sendable {
    public struct Options: Sendable {
        /// Documents read at the same time.
        public var jobs: Int
        /// Read and store every file again, even unchanged ones.
        public var force: Bool

        public init(jobs: Int = ProcessInfo.processInfo.activeProcessorCount, force: Bool = false) {
            self.jobs = max(1, jobs)
            self.force = force
        }
    }

    let store: ReportStore
    let catalogs: Catalogs
    let options: Options

    public init(store: ReportStore, catalogs: Catalogs, options: Options = Options()) {
        self.store = store
        self.catalogs = catalogs
        self.options = options
    }

    /// Ingests every PDF under `paths`. Throws only when the database itself cannot be written
    /// (a full disk, say); a file that cannot be read is recorded and the batch goes on. Once
    /// `stopRequested` says so, no further file is started; those being read are still stored.
    public func run(paths: [String], stopRequested: () -> Bool = { false }, progress: (IngestEvent) -> Void) async throws -> IngestSummary {
        let start = Date()
        let files = PDFFinder.files(in: paths)
        progress(.planned(total: files.count))
        var summary = IngestSummary()
        try await withThrowingTaskGroup(of: Reading.self) { group in
            var pending = files.makeIterator()
            func startNext() throws {
                guard !stopRequested() else {
                    summary.interrupted = true
                    return
                }
                guard let path = pending.next() else { return }
                progress(.started(path: path))
                let stored = options.force ? nil : try store.storedVersion(path: path)
                group.addTask { [catalogs] in Reading(path: path, stored: stored, catalogs: catalogs) }
            }
            for _ in 0..<options.jobs {
                try startNext()
            }
            while let reading = try await group.next() {
                let outcome = try record(reading)
                summary.outcomes.append(outcome)
                progress(.finished(outcome))
                try startNext()
            }
        }
        summary.total = files.count
        summary.elapsed = Date().timeIntervalSince(start)
        return summary
    }

    private func record(_ reading: Reading) throws -> FileOutcome {
        var outcome = FileOutcome(path: reading.path, status: .new, pages: 0, amounts: 0, indicators: 0, findings: 0)
        switch reading.result {
        case .unchanged:
            outcome.status = .skipped(reason: "unchanged since it was stored")
        case .failed(let error):
            try store.recordFailure(path: reading.path, sha256: reading.sha256, page: error.page, reason: error.reason,
                                    parserVersion: ParsedReport.parserVersion)
            outcome.status = .failed(reason: error.reason, page: error.page)
        case .parsed(let report, let sha256):
            if !options.force, let other = try store.pathStoring(sha256: sha256, parserVersion: ParsedReport.parserVersion, except: reading.path) {
                outcome.status = .skipped(reason: "same content as \(other)")
                return outcome
            }
            let provenance = Provenance(path: reading.path, sha256: sha256, pageCount: report.document.pageCount,
                                        parserVersion: ParsedReport.parserVersion, warnings: report.document.warnings)
            outcome.status = try store.save(report.model, segmented: report.segmented, provenance: provenance) == .new ? .new : .replaced
            outcome.pages = report.document.pageCount
            outcome.amounts = report.model.amounts.count
            outcome.indicators = report.model.indicators.count
            outcome.findings = report.model.findings.count
        }
        return outcome
    }
}
