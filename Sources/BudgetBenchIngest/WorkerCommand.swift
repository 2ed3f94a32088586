import Foundation

/// How to start a worker process: the `budgetbench` executable in its `worker` mode.
public struct WorkerCommand: Sendable {
    public var executable: String
    public var arguments: [String]

    public init(executable: String, arguments: [String]) {
        self.executable = executable
        self.arguments = arguments
    }

    /// This very executable (as the kernel knows it, whatever `argv[0]` says) with `arguments`.
    public static func current(arguments: [String]) -> WorkerCommand {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return WorkerCommand(executable: executable, arguments: arguments)
    }
}

/// What one document may cost a worker before it is stopped.
public struct WorkerLimits: Sendable {
    /// Seconds for one document.
    public var timeout: Double
    /// Resident memory, in bytes.
    public var maxMemory: Int

    public static let defaultTimeout = 120.0
    public static let defaultMaxMemory = 2 << 30

    public init(timeout: Double = defaultTimeout, maxMemory: Int = defaultMaxMemory) {
        self.timeout = timeout
        self.maxMemory = maxMemory
    }
}
