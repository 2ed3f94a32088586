import BudgetBenchNormalize
import Foundation

extension Ingester {
    /// Seconds between looks at the queue while nothing can be claimed but other machines
    /// still hold jobs, one of which may expire.
    static let queuePollSeconds = 1.0

    /// Reads jobs from `queue` in worker processes, as `run(paths:)` reads files, until no job
    /// is waiting or being read anywhere. Each document is stored in one transaction by this
    /// task, then its job is marked finished; a heartbeat keeps the claims alive meanwhile.
    /// Another machine's claim that expires is taken here, and a document retaken that way is
    /// found already stored and skipped, so nothing is stored twice.
    public func work(queue: any JobQueue, stopRequested: () -> Bool = { false },
                     progress: (IngestEvent) -> Void) async throws -> IngestSummary {
        let start = Date()
        var summary = IngestSummary()
        let heartbeat = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(queue.heartbeatInterval))
                // A failed heartbeat is not fatal: the claims expire, and another machine reads them.
                try? await queue.heartbeat()
            }
        }
        defer { heartbeat.cancel() }
        var idle = (0..<options.jobs).map { _ in WorkerSlot(command: options.worker, limits: options.limits) }
        try await withThrowingTaskGroup(of: (Job, Reading, WorkerSlot).self) { group in
            var reading = 0
            func claimMore() async throws {
                while !stopRequested(), !idle.isEmpty, let job = try await queue.claim() {
                    let slot = idle.removeLast()
                    progress(.started(path: job.path))
                    let known = try await lookUp(job.path)
                    group.addTask { [retryFailed = options.retryFailed] in
                        (job, await Reading.read(path: job.path, known: known, retryFailed: retryFailed, slot: slot), slot)
                    }
                    reading += 1
                }
            }
            try await claimMore()
            while true {
                if reading == 0 {
                    if stopRequested() {
                        summary.interrupted = true
                        break
                    }
                    guard try await queue.hasUnfinishedJobs() else { break }
                    try await Task.sleep(for: .seconds(Self.queuePollSeconds))
                    try await claimMore()
                    continue
                }
                guard let (job, result, slot) = try await group.next() else { break }
                reading -= 1
                idle.append(slot)
                let outcome = try await record(result)
                try await queue.finish(job, outcome: outcome)
                summary.outcomes.append(outcome)
                progress(.finished(outcome))
                try await claimMore()
            }
        }
        summary.total = summary.outcomes.count
        summary.elapsed = Date().timeIntervalSince(start)
        return summary
    }
}
