import ArgumentParser
import BudgetBenchStore
import Foundation

/// `budgetbench export`: flat tables for pandas, R or a spreadsheet.
struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write stored rows as a flat CSV or JSON table, each row with its document's path, center, year and kind."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, json
    }

    @OptionGroup var database: DatabaseOption

    @Option(help: "csv or json.")
    var format: Format = .csv

    @Option(help: "What to export: \(ExportSubject.allCases.map(\.rawValue).joined(separator: ", ")).",
            transform: { text in
                guard let subject = ExportSubject(rawValue: text) else {
                    throw ValidationError("'\(text)' is not one of \(ExportSubject.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return subject
            })
    var what: ExportSubject = .amounts

    @Option(help: "Write to this file instead of standard output.")
    var out: String?

    func run() async throws {
        let store = try await database.open(.readOnly)
        let table = try await store.export(what)
        try await store.close()
        let data = format == .csv ? Data(table.csv.utf8) : try table.json()
        if let out {
            try data.write(to: URL(fileURLWithPath: out), options: .atomic)
        } else {
            FileHandle.standardOutput.write(data)
        }
    }
}
