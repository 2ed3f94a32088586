import ArgumentParser
import BudgetBenchIngest

/// `--timeout` and `--max-memory` of the commands that read documents in worker processes
/// (`ingest`, `work`).
struct WorkerLimitOptions: ParsableArguments {
    @Option(help: "Seconds one document may take before its worker is stopped.")
    var timeout: Double = WorkerLimits.defaultTimeout

    @Option(help: "Memory (MB) one worker may use before it is stopped.")
    var maxMemory: Int = WorkerLimits.defaultMaxMemory >> 20

    func validate() throws {
        guard timeout > 0 else { throw ValidationError("--timeout must be more than 0 seconds") }
        guard maxMemory >= 64 else { throw ValidationError("--max-memory must be at least 64 (MB)") }
    }

    var limits: WorkerLimits { WorkerLimits(timeout: timeout, maxMemory: maxMemory << 20) }
}
