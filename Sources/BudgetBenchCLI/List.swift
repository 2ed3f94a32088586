import ArgumentParser
import BudgetBenchCompare
import BudgetBenchStore

/// `budgetbench list`: what the database holds.
struct List: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the stored documents: unit, its name, scope, the logical report it belongs to, year, kind, pages, counts, file.")

    @OptionGroup var database: DatabaseOption

    func run() async throws {
        let store = try await database.open(.readOnly)
        let listing = try await store.listing()
        let (comparison, _) = try await Units.units(store)
        let failed = try await store.count(.errors)
        try await store.close()
        // Each document's unit (after the user's merges), unit name, scope and logical report after
        // its center: files of one report share its `report`.
        let listed = FileUnits(comparison).adding([("unit", .unit), ("unit_name", .unitName), ("scope", .scope), ("report", .report)],
                                                  to: listing, after: "center", pathColumn: "file",
                                                  missing: [.text(""), .text("(placeholder: not compared)"), .text(""), .text("")])
        print(TextTable(listed).text, terminator: "")
        print("\(listing.rows.count) documents in \(store.location); \(failed) files failed (see `export --what errors`)")
    }
}
