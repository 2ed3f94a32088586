import ArgumentParser
import BudgetBenchIngest
import BudgetBenchNormalize
import Foundation

/// `budgetbench ingest`: read PDFs into the database.
struct Ingest: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read PDF reports (files or folders, recursively) into the SQLite database.",
        discussion: """
            Each document is stored whole in one transaction. Unchanged files already stored by this \
            parser version are skipped; a changed file replaces its old rows. A file that cannot be \
            read is recorded in the errors table and the batch goes on. Exits with status 2 when \
            nothing could be ingested, or with --strict when any file failed.
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

    @Flag(help: "Exit with status 2 if any file failed.")
    var strict = false

    @Flag(help: "No progress display.")
    var quiet = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() async throws {
        let store = try database.open()
        let ingester = Ingester(store: store, catalogs: try catalogs.load(), options: .init(jobs: jobs, force: force))
        let display = ProgressDisplay(mode: quiet ? .quiet : (isatty(STDOUT_FILENO) == 1 ? .bar : .lines))
        let interrupt = InterruptRequest()
        interrupt.install()
        let summary: IngestSummary
        do {
            summary = try await ingester.run(paths: paths, stopRequested: { interrupt.isRequested }, progress: display.show)
        } catch {
            Diagnostics.error("\(store.path): cannot write the database (\(error)); documents stored so far are whole")
            throw ExitCode(2)
        }
        display.finish()
        summary.failures.compactMap(\.failureMessage).forEach { Diagnostics.error($0) }
        print(IngestReport(summary: summary, database: store.path).text)
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
