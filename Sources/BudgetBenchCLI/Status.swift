import ArgumentParser
import BudgetBenchPostgres

/// `budgetbench status`: the job queue at a glance.
struct Status: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show the job queue of a PostgreSQL database: queued, running, done and failed, with the reasons of failures."
    )

    @OptionGroup var database: DatabaseOption

    func run() async throws {
        let queue = try await database.openQueue()
        let status = try await queue.status()
        try await queue.close()
        print(QueueStatus.State.allCases.map { "\($0.rawValue) \(status.counts[$0] ?? 0)" }.joined(separator: ", "))
        for job in status.running {
            let expiry = job.expired ? ", claim expired (taken again by the next work process)" : ""
            print("running \(job.path): \(job.worker), last heartbeat \(job.secondsSinceHeartbeat) s ago\(expiry)")
        }
        for job in status.failed {
            print("failed \(job.path): \(job.reason)")
        }
    }
}
