import ArgumentParser
import BudgetBenchStore

/// `--db FILE`, shared by the commands that read or write the database.
struct DatabaseOption: ParsableArguments {
    @Option(name: .customLong("db"), help: "The SQLite database.")
    var path: String = ReportStore.defaultPath

    /// Opens the database; read commands pass `.readOnly`, so they never create or change it.
    func open(_ access: ReportStore.Access) throws -> ReportStore {
        do {
            return try ReportStore(path: path, access: access)
        } catch let error as StoreError {
            Diagnostics.error(error.description)
            throw ExitCode(2)
        } catch {
            Diagnostics.error("\(path): cannot open the database (\(error))")
            throw ExitCode(2)
        }
    }
}
