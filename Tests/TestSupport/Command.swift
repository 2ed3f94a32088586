import Foundation

/// The outcome of running a program to completion.
public struct CommandResult: Sendable {
    public let status: Int32
    public let standardOutput: String
    public let standardError: String
    /// The program was still running at the timeout and was killed.
    public var timedOut = false

    public init(status: Int32, standardOutput: String, standardError: String, timedOut: Bool = false) {
        self.status = status
        self.standardOutput = standardOutput
        self.standardError = standardError
        self.timedOut = timedOut
    }
}

/// Runs programs the tests compare against or drive.
public enum Command {
    /// Runs `executable` with `arguments` and collects its output. With a `timeout` (seconds), a
    /// program still running then is killed with SIGKILL and the result says `timedOut`, so a
    /// hang fails its test instead of stopping the suite.
    public static func run(_ executable: String, _ arguments: [String], timeout: Double? = nil) throws -> CommandResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Both pipes are drained while the child runs, so a large output cannot fill one and block it.
        let outputData = Drained(output.fileHandleForReading)
        let errorData = Drained(error.fileHandleForReading)
        var timedOut = false
        if let timeout {
            let deadline = Date().addingTimeInterval(timeout)
            while process.isRunning, Date() < deadline {
                usleep(50_000)
            }
            if process.isRunning {
                timedOut = true
                kill(process.processIdentifier, SIGKILL)
            }
        }
        process.waitUntilExit()
        return CommandResult(
            status: process.terminationStatus,
            standardOutput: String(decoding: outputData.wait(), as: UTF8.self),
            standardError: String(decoding: errorData.wait(), as: UTF8.self),
            timedOut: timedOut
        )
    }

    /// The path of a program on PATH, if installed.
    public static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":")
            .map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The `budgetbench` executable built beside the test bundle.
    public static var budgetbench: String {
        let products = Bundle.main.bundleURL
        let candidates = [products, products.deletingLastPathComponent()].map { $0.appendingPathComponent("budgetbench").path }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[0]
    }
}

/// A pipe read to its end on a thread of its own.
private final class Drained: @unchecked Sendable {
    // Written once by the reading thread before `done` is signalled, read only after.
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }.start()
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
