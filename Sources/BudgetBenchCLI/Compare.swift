import ArgumentParser
import BudgetBenchCompare
import BudgetBenchStore
import BudgetBenchWorkbook
import Foundation

/// `budgetbench compare`: KPIs of the stored centers side by side, and the meeting workbook.
struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare the stored centers on the KPIs of docs/kpis.md; print a table and write the XLSX workbook.",
        discussion: """
            Each cell is the value of one report of the center: the latest year, then the kind of report \
            the KPI prefers (its choice is stated in the CSV/JSON `choice` column and the workbook's notes). \
            A value from another year or basis than most of its row is marked † and not silently mixed.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, csv, json
    }

    @OptionGroup var database: DatabaseOption

    @Option(help: "Centers to compare, comma-separated slugs or parts of names (default: all stored).",
            transform: { $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } })
    var centers: [String]?

    @Option(help: "Only reports of this fiscal year.")
    var year: Int?

    @Option(help: "Write the comparison workbook here (the folder must exist).")
    var xlsx: String?

    @Option(help: "The bureau's own unit (key or part of its name): first in the workbook, with its rank and distance from the peer median.")
    var focus: String?

    @Option(help: "Standard output format: table, csv or json.")
    var format: Format = .table

    @Option(help: "Language of KPI names and headings: zh or en.")
    var lang: LanguageOption = .zh

    func run() throws {
        let store = try database.open(.readOnly)
        let reports = try store.reports()
        let comparison = Comparison(reports: reports, centers: centers, year: year)
        guard !comparison.centers.isEmpty else {
            Diagnostics.error("no stored reports match (database \(store.path)); run `budgetbench ingest` first")
            throw ExitCode(2)
        }
        switch format {
        case .table: print(ComparisonText(comparison: comparison, language: lang.language).text, terminator: "")
        case .csv: print(comparison.flat(lang.language).csv, terminator: "")
        case .json: FileHandle.standardOutput.write(try comparison.flat(lang.language).json())
        }
        if let xlsx {
            try writeWorkbook(comparison, to: xlsx)
        }
    }
}

/// `--lang`, parsed into the library's language.
enum LanguageOption: String, ExpressibleByArgument, CaseIterable {
    case zh, en

    var language: Language { self == .zh ? .zh : .en }
}
