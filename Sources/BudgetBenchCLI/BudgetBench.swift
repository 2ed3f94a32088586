import ArgumentParser

@main
struct BudgetBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "budgetbench",
        abstract: "Reads Chinese local-finance budget and performance reports (PDF) and benchmarks the units that publish them.",
        subcommands: [Extract.self, Ingest.self, List.self, Export.self, Compare.self, Units.self, Enqueue.self, Work.self, Status.self, Worker.self]
    )
}
