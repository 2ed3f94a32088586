import ArgumentParser
import BudgetBenchCompare
import BudgetBenchNormalize
import BudgetBenchStore
import Foundation

/// `budgetbench units`: the units the stored reports belong to, and the user's choices about them
/// (merge, rename, slug, region, report groups), kept in the database.
struct Units: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "units",
        abstract: "List the units of the stored reports; merge, rename, give a slug or region; group files into one report.",
        subcommands: [Show.self, Merge.self, Rename.self, Set.self, Group.self, ExportFile.self, ImportFile.self],
        defaultSubcommand: Show.self
    )

    /// The units as compare sees them, with the user's stored choices.
    static func units(_ store: any ReportDatabase) async throws -> (comparison: Comparison, choices: UserChoices) {
        let choices = try await store.userChoices()
        return (Comparison(reports: try await store.reports(), choices: choices.units, groups: choices.groups), choices)
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the known units with their reports.")
        @OptionGroup var database: DatabaseOption
        @Flag(help: "Under the table, each unit's logical reports with the files each holds.")
        var reports = false

        func run() async throws {
            let store = try await database.open(.readOnly)
            let (comparison, choices) = try await Units.units(store)
            try await store.close()
            let rows: [[FlatTable.Value]] = comparison.centers.map { center in
                // Every key merged into this unit, directly or through another, whatever slug it has.
                let merged = choices.units.filter { $0.mergedInto != nil && $0.unitKey != center.unitKey && choices.units.resolved($0.unitKey) == center.unitKey }
                    .map(\.unitKey).sorted()
                let region = [center.region?.province, center.region?.city, center.region?.district].compactMap { $0 }.joined()
                return [.text(center.key), .text(center.name), .text(region), .integer(Int64(center.logicalReports.count)),
                        .integer(Int64(center.reports.count)),
                        .text(Swift.Set(center.logicalReports.compactMap(\.year)).sorted().map(String.init).joined(separator: ",")),
                        .text(merged.joined(separator: ", "))]
            }
            print(TextTable(FlatTable(columns: ["unit", "name", "region", "reports", "files", "years", "merged"], rows: rows)).text,
                  terminator: "")
            if reports {
                for center in comparison.centers {
                    print("\n\(center.key) \(center.name)")
                    for report in center.logicalReports {
                        print("  \(report.key): " + report.reports.map(\.fileName).joined(separator: ", "))
                    }
                }
            }
            for (file, reason) in comparison.excluded {
                print("left out: \(file): \(reason)")
            }
        }
    }

    struct Merge: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "merge", abstract: "Treat UNIT as the same organisation as --into.")
        @OptionGroup var database: DatabaseOption
        @Argument(help: "The unit key to merge (as `units list` prints it).") var unit: String
        @Option(help: "The unit it is the same organisation as.") var into: String

        func run() async throws {
            try await Units.change(unit, in: database) { $0.mergedInto = into }
            print("\(unit) is now part of \(into)")
        }
    }

    struct Rename: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "rename", abstract: "Give a unit the name shown in comparisons.")
        @OptionGroup var database: DatabaseOption
        @Argument(help: "The unit key.") var unit: String
        @Option(help: "The name to show.") var name: String

        func run() async throws {
            try await Units.change(unit, in: database) { $0.name = name }
        }
    }

    struct Set: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set", abstract: "Give a unit a slug (its key in outputs) and a region.")
        @OptionGroup var database: DatabaseOption
        @Argument(help: "The unit key.") var unit: String
        @Option(help: "A short key for outputs, e.g. putuo-gov-office.") var slug: String?
        @Option var province: String?
        @Option var city: String?
        @Option var district: String?

        func run() async throws {
            try await Units.change(unit, in: database) { choice in
                choice.slug = slug ?? choice.slug
                if province != nil || city != nil || district != nil {
                    choice.region = Center.Region(province: province ?? choice.region?.province, city: city ?? choice.region?.city,
                                                  district: district ?? choice.region?.district)
                }
            }
        }
    }

    struct Group: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "group", abstract: "Put stored files into one logical report (or back with --clear).")
        @OptionGroup var database: DatabaseOption
        @Argument(help: "Stored paths, as `list` prints them.") var paths: [String]
        @Option(name: .customLong("as"), help: "The group's name: files of one name are one report.") var name: String?
        @Flag(help: "Return the files to the automatic grouping.") var clear = false

        func validate() throws {
            guard (name == nil) == clear else { throw ValidationError("give either --as NAME or --clear") }
        }

        func run() async throws {
            let store = try await database.open(.readWrite)
            for path in paths {
                try await store.setGroup(path: path, to: clear ? nil : name)
            }
            try await store.close()
        }
    }

    struct ExportFile: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "export",
                                                        abstract: "Write the units as a centers file (the form of the bundled centers.json).")
        @OptionGroup var database: DatabaseOption
        @Argument(help: "The file to write.") var file: String

        func run() async throws {
            let store = try await database.open(.readOnly)
            let (comparison, _) = try await Units.units(store)
            try await store.close()
            let centers = comparison.centers.map { center in
                Center(slug: center.key, name: center.name, region: center.region ?? Center.Region(province: nil, city: nil, district: nil),
                       aliases: Array(Swift.Set(center.reports.compactMap(\.identity.entity))).sorted())
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            try encoder.encode(CentersFile(centers: centers)).write(to: URL(fileURLWithPath: file), options: .atomic)
            print("wrote \(centers.count) units to \(file); give it to ingest with --center-aliases, or to `units import`")
        }
    }

    struct ImportFile: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "import",
                                                        abstract: "Read a centers file: each center's aliases become one unit with its slug, name and region.")
        @OptionGroup var database: DatabaseOption
        @Argument(help: "A file in the form of centers.json.") var file: String

        func run() async throws {
            let file = try JSONDecoder().decode(CentersFile.self, from: Data(contentsOf: URL(fileURLWithPath: self.file)))
            let store = try await database.open(.readWrite)
            for center in file.centers {
                let key = UnitKey(entity: center.name).rawValue
                try await store.save(UnitChoice(unitKey: key, name: center.name, slug: center.slug, region: center.region))
                for alias in center.aliases.map({ UnitKey(entity: $0).rawValue }) where alias != key {
                    try await store.save(UnitChoice(unitKey: alias, mergedInto: key))
                }
            }
            try await store.close()
            print("read \(file.centers.count) units; the bundled centers.json still applies to the others")
        }
    }

    /// A centers.json file.
    struct CentersFile: Codable {
        var centers: [Center]
    }

    static func change(_ unit: String, in database: DatabaseOption, _ edit: (inout UnitChoice) -> Void) async throws {
        let store = try await database.open(.readWrite)
        var choice = try await store.userChoices().units.choice(for: unit) ?? UnitChoice(unitKey: unit)
        edit(&choice)
        try await store.save(choice)
        try await store.close()
    }
}
