import ArgumentParser
import BudgetBenchCompare
import BudgetBenchStore
import BudgetBenchWorkbook
import Foundation

/// `budgetbench compare`: KPIs of the stored centers side by side, and the meeting workbook.
struct Compare: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
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

    @Option(help: "Only reports of this fiscal year (as --years Y).")
    var year: Int?

    @Option(help: "Without --years: values up to this many years from a row's most common year still compare (default 0: the same year).")
    var yearWindow = 0

    @Option(help: "Show one unit across years instead (its slug, unit key or part of its name).")
    var unit: String?

    @Option(help: "The fiscal years, e.g. 2017-2019 or 2019: the peers' reports of those years, whose values all compare (each unit's latest in the range); with --unit, the years to show (default: every stored year).",
            transform: YearRange.parse)
    var years: ClosedRange<Int>?

    func validate() throws {
        if year != nil, years != nil {
            throw ValidationError("give --year or --years, not both")
        }
        if years != nil, yearWindow != 0 {
            throw ValidationError("--years sets which years compare; --year-window applies without it")
        }
    }

    @Option(help: "Write the comparison workbook here (the folder must exist).")
    var xlsx: String?

    @Option(help: "The bureau's own unit (key or part of its name): first in the workbook, with its rank and distance from the peer median.")
    var focus: String?

    @Option(help: "Standard output format: table, csv or json.")
    var format: Format = .table

    @Option(help: "Language of KPI names and headings: zh or en.")
    var lang: LanguageOption = .zh

    func run() async throws {
        let store = try await database.open(.readOnly)
        let reports = try await store.reports()
        let choices = try await store.userChoices()
        try await store.close()
        let comparison = Comparison(reports: reports, centers: centers, years: years ?? year.map { $0...$0 }, choices: choices.units,
                                    groups: choices.groups, yearWindow: yearWindow)
        if let unit {
            try showTrend(of: unit, in: Comparison(reports: reports, choices: choices.units, groups: choices.groups), path: store.location)
            return
        }
        guard !comparison.centers.isEmpty else {
            Diagnostics.error("no stored reports match (database \(store.location)); run `budgetbench ingest` first")
            throw ExitCode(2)
        }
        for (file, reason) in comparison.excluded {
            Diagnostics.note("\(file): \(reason)")
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

extension Compare {
    private func showTrend(of unit: String, in comparison: Comparison, path: String) throws {
        let matches = comparison.centers.filter { $0.key == unit || $0.name.contains(unit) || $0.key.contains(unit) }
        guard matches.count == 1, let center = matches.first else {
            Diagnostics.error(matches.isEmpty ? "no stored unit matches “\(unit)” (database \(path)); `budgetbench list` shows the units"
                : "“\(unit)” matches \(matches.count) units (\(matches.map(\.key).joined(separator: ", "))); give its key")
            throw ExitCode(2)
        }
        let trend = UnitTrend(center: center, years: years)
        switch format {
        case .table: print(TrendText(trend: trend, language: lang.language).text, terminator: "")
        case .csv: print(trend.flat(lang.language).csv, terminator: "")
        case .json: FileHandle.standardOutput.write(try trend.flat(lang.language).json())
        }
    }
}

/// A range of fiscal years given as `2017-2019` or `2019`.
enum YearRange {
    static func parse(_ text: String) throws -> ClosedRange<Int> {
        let parts = text.split(separator: "-").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard let first = parts.first.flatMap({ $0 }), let last = parts.last.flatMap({ $0 }), parts.count <= 2, first <= last else {
            throw ValidationError("--years takes a year or a range such as 2017-2019, not “\(text)”")
        }
        return first...last
    }
}

/// `--lang`, parsed into the library's language.
enum LanguageOption: String, ExpressibleByArgument, CaseIterable {
    case zh, en

    var language: Language { self == .zh ? .zh : .en }
}
