import ArgumentParser
import BudgetBenchStore

/// `budgetbench list`: what the database holds.
struct List: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the stored documents: center, year, kind, pages, counts, file.")

    @OptionGroup var database: DatabaseOption

    func run() async throws {
        let store = try await database.open(.readOnly)
        let listing = try await store.listing()
        print(TextTable(listing).text, terminator: "")
        print("\(listing.rows.count) documents in \(store.location); \(try await store.count(.errors)) files failed (see `export --what errors`)")
        try await store.close()
    }
}
