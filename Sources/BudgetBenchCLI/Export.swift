import ArgumentParser
import BudgetBenchCompare
import BudgetBenchStore
import BudgetBenchWorkbook
import Foundation

/// `budgetbench export`: flat tables for pandas, R or a spreadsheet.
struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write stored rows as a flat CSV or JSON table, each row with its document's path, center, unit, unit name, logical report, year and kind."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, json, xlsx
    }

    @OptionGroup var database: DatabaseOption

    @Option(help: "csv, json or xlsx (a one-sheet workbook; needs --out).")
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

    @Flag(help: "Start a CSV with a UTF-8 byte order mark, so Excel on a Chinese Windows reads it as UTF-8.")
    var bom = false

    func validate() throws {
        if bom, format != .csv {
            throw ValidationError("--bom applies to CSV only; JSON and XLSX are read as UTF-8 by every loader")
        }
        if format == .xlsx, out == nil {
            throw ValidationError("--format xlsx writes a file: give it with --out PATH")
        }
    }

    func run() async throws {
        let store = try await database.open(.readOnly)
        let stored = try await store.export(what)
        // The unit as compare names it, after the user's merges and names, beside the unit key.
        let table = what == .errors ? stored : FileUnits(try await Units.units(store).comparison)
            .adding([("unit_id", .unit), ("unit_name", .unitName), ("logical_report", .report)], to: stored, after: "unit_key",
                    pathColumn: "path", missing: [.null, .null, .null])
        try await store.close()
        if format == .xlsx, let out {
            try FlatTableWorkbook(table: table, name: what.rawValue).write(to: out)
            return
        }
        let data = format == .csv ? Data(((bom ? "\u{FEFF}" : "") + table.csv).utf8) : try table.json()
        if let out {
            try data.write(to: URL(fileURLWithPath: out), options: .atomic)
        } else {
            FileHandle.standardOutput.write(data)
        }
    }
}
