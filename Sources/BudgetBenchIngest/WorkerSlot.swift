import Dispatch
import Foundation

/// One of the `--jobs` places a document is parsed in: a worker process, started on first use
/// and started again after it died.
///
/// `@unchecked Sendable`: the batch hands a slot to one child task at a time, and the slot does
/// all its work on its own serial queue, so its worker is never touched from two threads.
final class WorkerSlot: @unchecked Sendable {
    private let command: WorkerCommand
    private let limits: WorkerLimits
    private let queue = DispatchQueue(label: "budgetbench.worker-slot")
    private var worker: WorkerProcess?

    init(command: WorkerCommand, limits: WorkerLimits) {
        self.command = command
        self.limits = limits
    }

    /// Parses `path` in the worker; blocking work stays off Swift's cooperative threads.
    func parse(_ path: String) async -> WorkerProcess.Outcome {
        await withCheckedContinuation { continuation in
            queue.async { [self] in
                continuation.resume(returning: parseNow(path))
            }
        }
    }

    private func parseNow(_ path: String) -> WorkerProcess.Outcome {
        if worker?.isRunning != true {
            worker = nil
            do {
                worker = try WorkerProcess(command: command)
            } catch {
                return .died(reason: "cannot start a worker process (\(command.executable): \(error.localizedDescription))")
            }
        }
        guard let worker else { preconditionFailure("a worker was just started") }
        let outcome = worker.read(path, limits: limits)
        if case .died = outcome {
            self.worker = nil
        }
        return outcome
    }
}
