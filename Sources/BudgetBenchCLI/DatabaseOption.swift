import ArgumentParser
import BudgetBenchStore

/// `--db FILE`, shared by the commands that read or write the database.
struct DatabaseOption: ParsableArguments {
    @Option(name: .customLong("db"), help: "The SQLite database.")
    var path: String = ReportStore.defaultPath

    func open() throws -> ReportStore {
        do {
            return try ReportStore(path: path)
        } catch {
            Diagnostics.error("\(path): cannot open the database (\(error))")
            throw ExitCode(2)
        }
    }
}
