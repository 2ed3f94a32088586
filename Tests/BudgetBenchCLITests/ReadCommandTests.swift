import Foundation
import Testing
import TestSupport

/// `list`, `export` and `compare` only read: a mistyped --db is an error, never a new empty
/// database, and a database in a place the user cannot write is still listed.
@Suite struct ReadCommandTests {
    @Test(arguments: [["list"], ["export"], ["export", "--what", "errors", "--format", "json"], ["compare"]])
    func missingDatabaseIsAnErrorAndNotCreated(command: [String]) throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let database = scratch.path("mistyped.sqlite")
        let result = try Command.run(Command.budgetbench, command + ["--db", database], timeout: 60)
        #expect(result.status == 2)
        #expect(result.standardError == "budgetbench: error: \(database): no such database (run `budgetbench ingest` first, or check --db)\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).isEmpty)
    }

    /// The tests run as root, which writes into a chmod 555 folder regardless (and into a chmod
    /// 444 file), so that would prove nothing: `list` runs as the unprivileged user `nobody`
    /// (setpriv), for whom the folder really is read-only, as it is for a researcher on a
    /// read-only share.
    @Test(.enabled(if: Command.which("setpriv") != nil && getuid() == 0))
    func databaseInAReadOnlyFolderIsListed() throws {
        let scratch = try ScratchFolder()
        defer {
            chmod(scratch.url.path, 0o755)
            scratch.remove()
        }
        let database = scratch.path("db.sqlite")
        let report = Repository.report("synthetic-0001-performance-targets", in: "Corpus/synthetic-sample")
        let ingest = try Command.run(Command.budgetbench, ["ingest", report, "--db", database, "--quiet"], timeout: 120)
        #expect(ingest.status == 0)
        #expect(chmod(scratch.url.path, 0o555) == 0)
        let before = try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).sorted()

        let nobody = ["--reuid=65534", "--regid=65534", "--clear-groups", Command.budgetbench]
        let denied = try Command.run("/usr/bin/setpriv", nobody + ["ingest", report, "--db", scratch.path("other.sqlite"), "--quiet"], timeout: 60)
        // The folder is really read-only for this user: a new database cannot be made there.
        #expect(denied.status != 0)
        let list = try Command.run("/usr/bin/setpriv", nobody + ["list", "--db", database], timeout: 60)
        #expect(list.status == 0, "\(list.standardError)")
        #expect(list.standardOutput.contains("1 documents in \(database); 0 files failed"))
        #expect(list.standardOutput.contains(report))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).sorted() == before)
    }
}
