import ArgumentParser
import BudgetBenchIngest

/// `budgetbench worker`: the isolated process `ingest` parses documents in (not for people).
struct Worker: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: "Parse PDFs named on standard input, one JSON answer per line (started by ingest).",
        shouldDisplay: false
    )

    @OptionGroup var catalogs: CatalogOptions

    func run() throws {
        WorkerService.serve(catalogs: try catalogs.load())
    }
}
