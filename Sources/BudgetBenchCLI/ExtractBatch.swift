import BudgetBenchIngest
import Foundation

/// `extract` over several files: each file in its own `budgetbench extract` process, so a
/// file that crashes the parser or hangs costs one error line, and the others are still written.
struct ExtractBatch {
    /// Options each file's process is started with (format, pages, password, catalogs).
    let arguments: [String]
    let outputDir: String
    let timeout: Double

    /// Reads every file; returns how many failed.
    func run(_ files: [String], fileExtension: String) -> Int {
        var failures = 0
        for (file, name) in zip(files, Self.uniqueNames(files)) {
            if name != Self.stem(file) {
                Diagnostics.warn("\(file): another input has the same name; written as \(name).\(fileExtension)")
            }
            switch extract(file, name: name) {
            case .written:
                break
            case .failed:
                failures += 1
            case .died(let reason):
                Diagnostics.error("\(file): \(reason)")
                failures += 1
            }
        }
        return failures
    }

    private enum Outcome {
        case written
        /// The file's process said why, on the shared standard error.
        case failed
        /// The process crashed or ran out of time, and could not say.
        case died(String)
    }

    /// Runs one file's process, its output and messages going straight to ours.
    private func extract(_ file: String, name: String) -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: WorkerCommand.current(arguments: []).executable)
        process.arguments = ["extract", file, "--output-dir", outputDir, "--output-name", name] + arguments
        var environment = ProcessInfo.processInfo.environment
        // A crashing reader should die at once, not spend seconds printing a backtrace.
        environment["SWIFT_BACKTRACE"] = "enable=no"
        process.environment = environment
        do {
            try process.run()
        } catch {
            return .died("cannot start a process to read it (\(error.localizedDescription))")
        }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning {
            guard Date() < deadline else {
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                return .died("timed out after \(Int(timeout)) s")
            }
            usleep(20_000)
        }
        if process.terminationReason == .uncaughtSignal {
            return .died("crashed (signal \(process.terminationStatus))")
        }
        return process.terminationStatus == 0 ? .written : .failed
    }

    /// Output names: each input's stem, with `-2`, `-3` … for a stem seen before in the batch.
    static func uniqueNames(_ files: [String]) -> [String] {
        var used: [String: Int] = [:]
        return files.map { file in
            let stem = stem(file)
            let count = used[stem, default: 0] + 1
            used[stem] = count
            return count == 1 ? stem : "\(stem)-\(count)"
        }
    }

    private static func stem(_ file: String) -> String {
        URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
    }
}
