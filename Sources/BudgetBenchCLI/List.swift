import ArgumentParser
import BudgetBenchStore

/// `budgetbench list`: what the database holds.
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the stored documents: center, year, kind, pages, counts, file.")

    @OptionGroup var database: DatabaseOption

    func run() throws {
        let store = try database.open(.readOnly)
        let listing = try store.listing()
        print(TextTable(listing).text, terminator: "")
        print("\(listing.rows.count) documents in \(store.path); \(try store.count(.errors)) files failed (see `export --what errors`)")
    }
}
