import ArgumentParser

@main
struct BudgetBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "budgetbench",
        abstract: "Reads Chinese local-finance budget and performance reports (PDF) and benchmarks the units that publish them.",
        subcommands: [Extract.self]
    )
}
