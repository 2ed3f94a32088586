import BudgetBenchIngest

extension WorkerCommand {
    /// The worker mode of the `budgetbench` executable built beside the test bundle.
    public static var built: WorkerCommand {
        WorkerCommand(executable: Command.budgetbench, arguments: ["worker"])
    }
}
