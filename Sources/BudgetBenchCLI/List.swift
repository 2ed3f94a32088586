import ArgumentParser
import BudgetBenchCompare
import BudgetBenchStore

/// `budgetbench list`: what the database holds.
struct List: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the stored documents: unit, its name, scope, the logical report it belongs to, year, kind, pages, counts, file.")

    @OptionGroup var database: DatabaseOption

    func run() async throws {
        let store = try await database.open(.readOnly)
        let listing = try await store.listing()
        let (comparison, _) = try await Units.units(store)
        let failed = try await store.count(.errors)
        try await store.close()
        print(TextTable(Self.withUnits(listing, comparison)).text, terminator: "")
        print("\(listing.rows.count) documents in \(store.location); \(failed) files failed (see `export --what errors`)")
    }

    /// The listing with each document's unit (after the user's merges), unit name, scope and
    /// logical report after its center: files of one report share its `report`.
    static func withUnits(_ listing: FlatTable, _ comparison: Comparison) -> FlatTable {
        var byPath: [String: [FlatTable.Value]] = [:]
        for center in comparison.centers {
            for report in center.logicalReports {
                for file in report.reports {
                    byPath[file.provenance.path] = [.text(center.key), .text(center.name), .text(file.identity.scope?.rawValue ?? ""),
                                                    .text(report.key.description)]
                }
            }
        }
        guard let at = listing.columns.firstIndex(of: "center").map({ $0 + 1 }), let path = listing.columns.firstIndex(of: "file") else {
            return listing
        }
        var columns = listing.columns
        columns.insert(contentsOf: ["unit", "unit_name", "scope", "report"], at: at)
        let rows = listing.rows.map { row -> [FlatTable.Value] in
            var row = row
            let file: String = if case .text(let text) = row[path] { text } else { "" }
            row.insert(contentsOf: byPath[file] ?? [.text(""), .text("(placeholder: not compared)"), .text(""), .text("")], at: at)
            return row
        }
        return FlatTable(columns: columns, rows: rows)
    }
}
