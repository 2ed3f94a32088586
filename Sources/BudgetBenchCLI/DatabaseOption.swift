import ArgumentParser
import BudgetBenchPostgres
import BudgetBenchStore
import Foundation

/// `--db FILE|URL`, shared by the commands that read or write the database.
struct DatabaseOption: ParsableArguments {
    /// The environment variable naming the database when `--db` is not given.
    static let environmentVariable = "BUDGETBENCH_DB"

    @Option(name: .customLong("db"),
            help: "The SQLite file, or a PostgreSQL database as postgres://user@host:port/dbname (default: $\(DatabaseOption.environmentVariable), else \(ReportStore.defaultPath)).")
    var given: String?

    /// What the command uses: `--db`, else `BUDGETBENCH_DB`, else the default SQLite file.
    var text: String {
        given ?? ProcessInfo.processInfo.environment[Self.environmentVariable].flatMap { $0.isEmpty ? nil : $0 } ?? ReportStore.defaultPath
    }

    /// Opens the database; read commands pass `.readOnly`, so they never create or change it.
    func open(_ access: StoreAccess) async throws -> any ReportDatabase {
        do {
            switch try DatabaseLocation(text) {
            case .sqlite(let path): return try ReportStore(path: path, access: access)
            case .postgres(let url): return try await PostgresStore.open(url: url, access: access)
            }
        } catch let error as StoreError {
            Diagnostics.error(error.description)
            throw ExitCode(2)
        } catch {
            Diagnostics.error("\(DatabaseLocation.redacted(text)): cannot open the database (\(error))")
            throw ExitCode(2)
        }
    }
}

extension DatabaseOption {
    /// Opens the job queue of distributed ingest, which only a PostgreSQL database has.
    func openQueue(lease: Double = PostgresJobQueue.defaultLease) async throws -> PostgresJobQueue {
        do {
            guard case .postgres(let url) = try DatabaseLocation(text) else {
                Diagnostics.error("\(DatabaseLocation.redacted(text)): the job queue needs a PostgreSQL database (--db postgres://user@host:port/dbname); an SQLite file serves one machine, use `ingest` there")
                throw ExitCode(2)
            }
            return try await PostgresJobQueue.open(url: url, lease: lease)
        } catch let error as StoreError {
            Diagnostics.error(error.description)
            throw ExitCode(2)
        } catch let error as ExitCode {
            throw error
        } catch {
            Diagnostics.error("\(DatabaseLocation.redacted(text)): cannot open the database (\(error))")
            throw ExitCode(2)
        }
    }
}
