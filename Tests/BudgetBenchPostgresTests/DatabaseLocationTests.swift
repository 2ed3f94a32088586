import Foundation
import Testing
import TestSupport

/// `--db` with a URL: a PostgreSQL one connects or fails with a clear message; no URL ever
/// becomes a folder named after its scheme (as `postgres:` once did).
@Suite struct DatabaseLocationTests {
    @Test(arguments: ["mysql://user@127.0.0.1/db", "postgres://127.0.0.1:1/nouser", "postgres://user@127.0.0.1:1/budgetbench"])
    func aURLThatCannotBeUsedIsAnErrorAndCreatesNothing(_ url: String) throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let result = try Command.run("/usr/bin/env", ["-C", scratch.url.path, Command.budgetbench, "list", "--db", url], timeout: 60)
        #expect(result.status == 2)
        #expect(result.standardError.contains(url), "\(result.standardError)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).isEmpty)
    }

    @Test func aPasswordInTheURLIsNeverPrinted() throws {
        let result = try Command.run(Command.budgetbench, ["list", "--db", "postgres://user:s3cret@127.0.0.1:1/budgetbench"], timeout: 60)
        #expect(result.status == 2)
        #expect(result.standardError.contains("postgres://user:***@127.0.0.1:1/budgetbench"), "\(result.standardError)")
        #expect(!result.standardError.contains("s3cret"))
    }

    @Test(.enabled(if: TestPostgres.url != nil, "needs the PostgreSQL test server"))
    func readingADatabaseNeverIngestedIsAnErrorAndChangesNothing() throws {
        let database = try TestDatabase(.postgres)
        defer { database.remove() }
        let result = try Command.run(Command.budgetbench, ["list", "--db", database.location], timeout: 60)
        #expect(result.status == 2)
        #expect(result.standardError.contains("no such database"), "\(result.standardError)")
        #expect(try database.lines("SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public'") == ["0"])
    }

    @Test func theEnvironmentNamesTheDatabaseWhenDbIsNotGiven() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let database = scratch.path("from-environment.sqlite")
        let result = try Command.run("/usr/bin/env", ["BUDGETBENCH_DB=\(database)", Command.budgetbench, "ingest",
                                                      Repository.report("synthetic-0001-performance-targets", in: "Corpus/synthetic-sample"),
                                                      "--quiet"], timeout: 300)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(FileManager.default.fileExists(atPath: database))
    }

    @Test func theQueueCommandsRefuseAnSQLiteFile() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let result = try Command.run(Command.budgetbench, ["status", "--db", scratch.path("db.sqlite")], timeout: 60)
        #expect(result.status == 2)
        #expect(result.standardError.contains("needs a PostgreSQL database"))
    }
}
