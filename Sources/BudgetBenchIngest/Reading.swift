import BudgetBenchPDF
import BudgetBenchStore

/// One file of a batch: checked and hashed in the parent, compared with what is stored, then
/// parsed in a worker process.
struct Reading: Sendable {
    struct Failure: Sendable {
        var reason: String
        var page: Int?
    }

    enum Result: Sendable {
        case unchanged
        /// Failed before with the same bytes and parser; read again only with `--retry-failed`.
        case failedBefore(reason: String)
        case parsed(StorableReport, sha256: String)
        case failed(Failure)
    }

    let path: String
    let sha256: String?
    let result: Result

    /// What the store already knows of a path, looked up by the one task that uses the database.
    struct Known: Sendable {
        var stored: StoredVersion?
        var failure: StoredFailure?
    }

    static func read(path: String, known: Known, retryFailed: Bool, slot: WorkerSlot) async -> Reading {
        // Checked before anything opens the file: opening a FIFO would wait forever.
        do {
            try PDFFileCheck.requireRegularFile(path: path)
        } catch {
            return Reading(path: path, sha256: nil, result: .failed(Failure(reason: error.reason.message, page: nil)))
        }
        guard let sha256 = FileDigest.sha256(path: path) else {
            return Reading(path: path, sha256: nil, result: .failed(Failure(reason: "cannot read the file's bytes", page: nil)))
        }
        let current = StoredVersion(sha256: sha256, parserVersion: ParsedReport.parserVersion)
        if known.stored == current {
            return Reading(path: path, sha256: sha256, result: .unchanged)
        }
        if !retryFailed, let failure = known.failure, failure.version == current {
            return Reading(path: path, sha256: sha256, result: .failedBefore(reason: failure.reason))
        }
        switch await slot.parse(path) {
        case .replied(.parsed(let report)):
            return Reading(path: path, sha256: sha256, result: .parsed(report, sha256: sha256))
        case .replied(.failed(let reason, let page)):
            return Reading(path: path, sha256: sha256, result: .failed(Failure(reason: reason, page: page)))
        case .died(let reason):
            return Reading(path: path, sha256: sha256, result: .failed(Failure(reason: reason, page: nil)))
        }
    }
}
