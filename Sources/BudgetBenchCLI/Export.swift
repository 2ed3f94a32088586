import ArgumentParser
import BudgetBenchStore
import Foundation

/// `budgetbench export`: flat tables for pandas, R or a spreadsheet.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write stored rows as a flat CSV or JSON table, each row with its document's path, center, year and kind."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, json
    }

    @OptionGroup var database: DatabaseOption

    @Option(help: "csv or json.")
    var format: Format = .csv

    @Option(help: "What to export: \(ReportStore.Subject.allCases.map(\.rawValue).joined(separator: ", ")).",
            transform: { text in
                guard let subject = ReportStore.Subject(rawValue: text) else {
                    throw ValidationError("'\(text)' is not one of \(ReportStore.Subject.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return subject
            })
    var what: ReportStore.Subject = .amounts

    @Option(help: "Write to this file instead of standard output.")
    var out: String?

    @Flag(help: "Start a CSV with a UTF-8 byte order mark, so Excel on a Chinese Windows reads it as UTF-8.")
    var bom = false

    func validate() throws {
        if bom, format != .csv {
            throw ValidationError("--bom applies to CSV only; JSON is read as UTF-8 by every loader")
        }
    }

    func run() throws {
        let table = try database.open(.readOnly).export(what)
        let data = format == .csv ? Data(((bom ? "\u{FEFF}" : "") + table.csv).utf8) : try table.json()
        if let out {
            try data.write(to: URL(fileURLWithPath: out), options: .atomic)
        } else {
            FileHandle.standardOutput.write(data)
        }
    }
}
