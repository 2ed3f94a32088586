import BudgetBenchIngest
import BudgetBenchStore
import Foundation

/// The job table of distributed ingest: `enqueue` adds files, any number of `work` processes
/// on any machines claim them with `SELECT … FOR UPDATE SKIP LOCKED`, so two never take the
/// same job, and `status` counts them.
///
/// A claim lasts `lease` seconds past its holder's last heartbeat. Expiry is judged by the
/// server's clock, so machines whose clocks disagree still agree on it.
public final class PostgresJobQueue: JobQueue {
    /// How long a claim outlives its last heartbeat by default.
    public static let defaultLease = 60.0
    /// Claims a job may have before it is given up as failed: each time, the process holding it
    /// died or stopped answering (a document that crashes a parser is caught by the worker
    /// process and recorded as a failure at its first claim, not here).
    public static let maxAttempts = 3

    private let session: PostgresSession
    /// Heartbeats run beside the claim-and-store loop, so they have a connection of their own.
    private let heartbeatSession: PostgresSession
    /// This process among all that work on the queue: host and process id.
    public let worker: String
    public let lease: Double

    public var heartbeatInterval: Double { lease / 4 }
    public var location: String { session.location }

    /// Connects to the queue of the database at `url`, applying pending migrations.
    public static func open(url: String, lease: Double = defaultLease) async throws -> PostgresJobQueue {
        let url = try PostgresURL(url)
        let session = try await PostgresSession.connect(url)
        let heartbeatSession: PostgresSession
        do {
            try await PostgresMigrator(session: session).migrate(PostgresSchema.migrations)
            heartbeatSession = try await PostgresSession.connect(url)
        } catch {
            try? await session.close()
            throw error
        }
        let host = ProcessInfo.processInfo.hostName
        return PostgresJobQueue(session: session, heartbeatSession: heartbeatSession,
                                worker: "\(host):\(getpid()):\(UUID().uuidString.prefix(8))", lease: lease)
    }

    private init(session: PostgresSession, heartbeatSession: PostgresSession, worker: String, lease: Double) {
        self.session = session
        self.heartbeatSession = heartbeatSession
        self.worker = worker
        self.lease = lease
    }

    public func close() async throws {
        try await session.close()
        try await heartbeatSession.close()
    }

    /// A claim has expired when its holder's last heartbeat is older than the holder's lease.
    private static let expired = "heartbeat_at < now() - make_interval(secs => lease_seconds)"

    public func claim() async throws -> Job? {
        try await session.execute("""
            UPDATE jobs SET state = 'failed', finished_at = now(),
                reason = 'claimed ' || attempts || ' times; each time its worker stopped before finishing'
            WHERE state = 'running' AND \(Self.expired) AND attempts >= $1
            """, [.integer(Int64(Self.maxAttempts))])
        let rows = try await session.table("""
            UPDATE jobs SET state = 'running', attempts = attempts + 1, claimed_by = $1, lease_seconds = $2, heartbeat_at = now()
            WHERE id = (SELECT id FROM jobs WHERE state = 'queued' OR (state = 'running' AND \(Self.expired))
                        ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
            RETURNING id, path, sha256, attempts
            """, [.text(worker), .integer(Int64(lease.rounded(.up)))], columns: ["id", "path", "sha256", "attempts"])
        guard let row = rows.rows.first, case .integer(let id) = row[0], case .text(let path) = row[1],
              case .text(let sha256) = row[2], case .integer(let attempt) = row[3]
        else { return nil }
        return Job(id: id, path: path, sha256: sha256, attempt: Int(attempt))
    }

    public func hasUnfinishedJobs() async throws -> Bool {
        try await session.integer("SELECT COUNT(*) FROM jobs WHERE state IN ('queued', 'running')") ?? 0 > 0
    }

    public func finish(_ job: Job, outcome: FileOutcome) async throws {
        let (state, note, reason): (String, String, String?) = switch outcome.status {
        case .new: ("done", "stored", nil)
        case .replaced: ("done", "replaced", nil)
        case .skipped(let reason): ("done", "skipped", reason)
        case .failed: ("failed", "failed", outcome.failureMessage)
        }
        try await session.execute("""
            UPDATE jobs SET state = $1, outcome = $2, reason = $3, finished_at = now()
            WHERE id = $4 AND claimed_by = $5 AND attempts = $6 AND state = 'running'
            """, [.text(state), .text(note), reason.map { .text($0) } ?? .null, .integer(job.id), .text(worker),
                  .integer(Int64(job.attempt))])
    }

    public func heartbeat() async throws {
        try await heartbeatSession.execute("UPDATE jobs SET heartbeat_at = now() WHERE state = 'running' AND claimed_by = $1",
                                           [.text(worker)])
    }

    /// Adds files to the queue; a file already queued with the same bytes is not added again.
    /// Returns how many were added.
    public func enqueue(_ files: [(path: String, sha256: String)]) async throws -> Int {
        var added = 0
        for chunk in stride(from: 0, to: files.count, by: 1000).map({ files[$0..<min($0 + 1000, files.count)] }) {
            let values = chunk.flatMap { [StoreValue.text($0.path), .text($0.sha256)] }
            let tuples = (0..<chunk.count).map { "($\(2 * $0 + 1), $\(2 * $0 + 2))" }.joined(separator: ", ")
            added += try await session.rows("""
                INSERT INTO jobs (path, sha256) VALUES \(tuples) ON CONFLICT (path, sha256) DO NOTHING RETURNING id
                """, values).count
        }
        return added
    }

    /// Jobs in each state, and the failed and running ones with their details.
    public func status() async throws -> QueueStatus {
        let counts = try await session.table("SELECT state, COUNT(*) FROM jobs GROUP BY state", columns: ["state", "count"])
        var status = QueueStatus()
        for row in counts.rows {
            guard case .text(let name) = row[0], let state = QueueStatus.State(rawValue: name), case .integer(let count) = row[1] else { continue }
            status.counts[state] = Int(count)
        }
        let failed = try await session.table("SELECT path, COALESCE(reason, '') FROM jobs WHERE state = 'failed' ORDER BY id",
                                             columns: ["path", "reason"])
        status.failed = failed.rows.compactMap { row in
            guard case .text(let path) = row[0], case .text(let reason) = row[1] else { return nil }
            return QueueStatus.Failed(path: path, reason: reason)
        }
        let running = try await session.table("""
            SELECT path, claimed_by, EXTRACT(EPOCH FROM now() - heartbeat_at)::bigint, (\(Self.expired))::text
            FROM jobs WHERE state = 'running' ORDER BY id
            """, columns: ["path", "worker", "silent", "expired"])
        status.running = running.rows.compactMap { row in
            guard case .text(let path) = row[0], case .text(let worker) = row[1], case .integer(let silent) = row[2] else { return nil }
            return QueueStatus.Running(path: path, worker: worker, secondsSinceHeartbeat: Int(silent), expired: row[3] == .text("true"))
        }
        return status
    }
}

/// What `budgetbench status` shows.
public struct QueueStatus: Sendable {
    public enum State: String, Sendable, CaseIterable {
        case queued, running, done, failed
    }

    public struct Failed: Sendable {
        public var path: String
        public var reason: String
    }

    public struct Running: Sendable {
        public var path: String
        public var worker: String
        public var secondsSinceHeartbeat: Int
        /// The claim outlived its lease; the next `work` to look takes it.
        public var expired: Bool
    }

    public var counts: [State: Int] = [:]
    public var failed: [Failed] = []
    public var running: [Running] = []
}
