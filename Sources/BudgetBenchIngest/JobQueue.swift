/// One file of a shared queue, claimed by one `work` process at a time.
public struct Job: Sendable, Equatable {
    public var id: Int64
    /// Where the file is, on storage every machine sees at the same path.
    public var path: String
    /// The file's hash when it was enqueued.
    public var sha256: String
    /// Which claim of the job this is (1 for the first); a finish counts only for the latest.
    public var attempt: Int

    public init(id: Int64, path: String, sha256: String, attempt: Int) {
        self.id = id
        self.path = path
        self.sha256 = sha256
        self.attempt = attempt
    }
}

/// The job table `budgetbench work` takes files from (PostgreSQL's, in BudgetBenchPostgres).
/// Each method names this process's claims only; other machines use the same table at once.
public protocol JobQueue: Sendable {
    /// Claims the next waiting job, or one whose claim expired (its worker died or stopped
    /// answering); nil when none can be claimed now.
    func claim() async throws -> Job?

    /// Whether any job is still waiting or being read anywhere: a claim held by another
    /// process may yet expire and be taken here.
    func hasUnfinishedJobs() async throws -> Bool

    /// Marks a claimed job done or failed with what came of it; a claim that was retaken
    /// meanwhile is left to its new holder.
    func finish(_ job: Job, outcome: FileOutcome) async throws

    /// Tells the queue this process is alive, so its claims do not expire.
    func heartbeat() async throws

    /// Seconds between heartbeats.
    var heartbeatInterval: Double { get }
}
