import ArgumentParser
import BudgetBenchNormalize
import Foundation

/// `--center-aliases FILE`: the user's own center catalog instead of the bundled one.
struct CatalogOptions: ParsableArguments {
    @Option(help: "A centers JSON file (the format of the bundled Sources/BudgetBenchNormalize/Resources/centers.json) to match entities against.")
    var centerAliases: String?

    /// The same choice as command-line arguments, for a worker process.
    var arguments: [String] {
        centerAliases.map { ["--center-aliases", URL(fileURLWithPath: $0).standardizedFileURL.path] } ?? []
    }

    func load() throws -> Catalogs {
        var catalogs = try Catalogs.bundled()
        if let centerAliases {
            do {
                catalogs.centers = try CenterCatalog(contentsOf: URL(fileURLWithPath: centerAliases))
            } catch {
                Diagnostics.error("\(centerAliases): cannot read the center aliases (\(error.localizedDescription))")
                throw ExitCode(2)
            }
        }
        return catalogs
    }
}
