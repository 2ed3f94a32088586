import BudgetBenchIngest

extension WorkerCommand {
    /// A worker that crashes (SIGILL), hangs or holds 600 MB for a path containing the given text
    /// and reads every other path with the real worker (`Tests/Scripts/misbehaving_worker.py`),
    /// so a test sees the parent's handling of each failure and the files after it.
    public static func misbehaving(crashOn crash: String? = nil, hangOn hang: String? = nil, allocateOn allocate: String? = nil) -> WorkerCommand {
        var arguments = [Repository.script("misbehaving_worker.py")]
        for (flag, text) in [("--crash", crash), ("--hang", hang), ("--allocate", allocate)] {
            if let text { arguments += [flag, text] }
        }
        return WorkerCommand(executable: Command.which("python3") ?? "/usr/bin/python3",
                             arguments: arguments + ["--", Command.budgetbench, "worker"])
    }
}
