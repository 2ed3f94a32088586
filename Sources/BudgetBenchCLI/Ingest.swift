import ArgumentParser
import BudgetBenchIngest
import BudgetBenchNormalize
import Foundation

/// `budgetbench ingest`: read PDFs into the database.
struct Ingest: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read PDF reports (files or folders, recursively) into the database (SQLite file or PostgreSQL).",
        discussion: """
            Each document is stored whole in one transaction. Unchanged files already stored by this \
            parser version are skipped; a changed file replaces its old rows. A file that cannot be \
            read is recorded in the errors table and the batch goes on. Every document is parsed in a \
            worker process: one that crashes, runs over --timeout or over --max-memory is recorded \
            with the reason and replaced; such files are read again only with --retry-failed. \
            Exits with status 2 when nothing could be ingested, or with --strict when any file failed.
            """
    )

    @Argument(help: "PDF files and folders.")
    var paths: [String]

    @OptionGroup var database: DatabaseOption

    @OptionGroup var catalogs: CatalogOptions

    @Option(help: "Documents read in parallel (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Read and store every file again, even unchanged ones.")
    var force = false

    @OptionGroup var workerLimits: WorkerLimitOptions

    @Flag(help: "Read again the files that failed before with the same bytes.")
    var retryFailed = false

    @Flag(help: "Follow symbolic links inside a folder that point outside it.")
    var followSymlinks = false

    @Flag(help: "Exit with status 2 if any file failed.")
    var strict = false

    @Flag(help: "No progress display.")
    var quiet = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() async throws {
        let store = try await database.open(.readWrite)
        // Loaded here only to report a bad alias file once, before any worker starts.
        _ = try catalogs.load()
        let worker = WorkerCommand.current(arguments: ["worker"] + catalogs.arguments)
        let ingester = Ingester(store: store, options: .init(jobs: jobs, force: force, retryFailed: retryFailed, followSymlinks: followSymlinks,
                                                             limits: workerLimits.limits, worker: worker))
        let display = ProgressDisplay(mode: quiet ? .quiet : (isatty(STDOUT_FILENO) == 1 ? .bar : .lines))
        let interrupt = InterruptRequest()
        interrupt.install()
        let summary: IngestSummary
        do {
            summary = try await ingester.run(paths: paths, stopRequested: { interrupt.isRequested }, progress: display.show)
        } catch {
            Diagnostics.error("\(store.location): cannot write the database (\(error)); documents stored so far are whole")
            throw ExitCode(2)
        }
        display.finish()
        summary.failures.compactMap(\.failureMessage).forEach { Diagnostics.error($0) }
        try await store.close()
        print(IngestReport(summary: summary, database: store.location).text)
        if summary.interrupted {
            Diagnostics.error("interrupted: \(summary.total - summary.outcomes.count) of \(summary.total) files not read; run the same command again to continue")
            throw ExitCode(130)
        }
        if summary.outcomes.isEmpty {
            Diagnostics.error("no PDF files found in \(paths.joined(separator: " "))")
            throw ExitCode(2)
        }
        if summary.nothingIngested || (strict && !summary.failures.isEmpty) {
            throw ExitCode(2)
        }
    }
}
