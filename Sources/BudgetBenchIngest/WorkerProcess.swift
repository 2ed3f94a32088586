import Foundation

/// One worker process seen from the parent: its pipes, its captured standard error, and the
/// limits it runs under.
///
/// Not thread-safe: a `WorkerSlot` uses it from one queue at a time.
final class WorkerProcess {
    /// What came of one request.
    enum Outcome {
        case replied(WorkerReply)
        /// The process is gone (crashed, killed for a limit, exited); the reason is for the user.
        case died(reason: String)
    }

    /// How often the parent looks at the worker's memory while it waits for an answer.
    static let pollMilliseconds: Int32 = 100

    private let process = Process()
    private let input: FileHandle
    private let output: Int32
    private let outputHandle: FileHandle
    /// The worker's standard error goes to this file, so whatever it prints never reaches the
    /// terminal and a crash message can be quoted (poppler's own messages are caught in the
    /// worker and come back as the document's warnings).
    private let log: URL
    private let logHandle: FileHandle
    private var pending = Data()

    init(command: WorkerCommand) throws {
        log = FileManager.default.temporaryDirectory.appendingPathComponent("budgetbench-worker-\(UUID().uuidString).log")
        guard FileManager.default.createFile(atPath: log.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: log.path])
        }
        logHandle = try FileHandle(forReadingFrom: log)
        let requests = Pipe()
        let replies = Pipe()
        process.executableURL = URL(fileURLWithPath: command.executable)
        process.arguments = command.arguments
        process.standardInput = requests
        process.standardOutput = replies
        process.standardError = try FileHandle(forWritingTo: log)
        var environment = ProcessInfo.processInfo.environment
        // A crashing worker should die at once, not spend seconds printing a backtrace.
        environment["SWIFT_BACKTRACE"] = "enable=no"
        process.environment = environment
        try process.run()
        input = requests.fileHandleForWriting
        outputHandle = replies.fileHandleForReading
        output = outputHandle.fileDescriptor
    }

    deinit {
        try? input.close()
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
        }
        process.waitUntilExit()
        try? logHandle.close()
        try? outputHandle.close()
        try? FileManager.default.removeItem(at: log)
    }

    /// Sends one request and waits for its answer within `limits`; a worker over a limit is killed.
    func read(_ path: String, limits: WorkerLimits) -> Outcome {
        let logStart = (try? logHandle.seekToEnd()) ?? 0
        do {
            try input.write(contentsOf: try JSONEncoder().encode(WorkerRequest(path: path)) + Data("\n".utf8))
        } catch {
            return .died(reason: ended(logStart: logStart))
        }
        let deadline = Date().addingTimeInterval(limits.timeout)
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            if let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                let line = pending[pending.startIndex..<newline]
                pending = Data(pending[(newline + 1)...])
                guard let reply = try? JSONDecoder().decode(WorkerReply.self, from: line) else {
                    stop()
                    return .died(reason: "worker sent an unreadable answer")
                }
                return .replied(reply)
            }
            if Date() >= deadline {
                stop()
                return .died(reason: "timed out after \(Int(limits.timeout)) s")
            }
            if residentBytes > limits.maxMemory {
                stop()
                return .died(reason: "memory limit (over \(limits.maxMemory >> 20) MB)")
            }
            var descriptor = pollfd(fd: output, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, Self.pollMilliseconds) > 0 else { continue }
            let count = Glibc.read(output, &buffer, buffer.count)
            if count > 0 {
                pending.append(contentsOf: buffer[0..<count])
            } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                return .died(reason: ended(logStart: logStart))
            }
        }
    }

    var isRunning: Bool { process.isRunning }

    /// Kills the worker and reaps it.
    private func stop() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Why the worker's output ended: its signal or exit status, with the last thing it printed.
    private func ended(logStart: UInt64) -> String {
        process.waitUntilExit()
        let printed = messages(since: logStart)
        let last = printed.last { $0.contains("Fatal error") } ?? printed.last
        let detail = last.map { ": \($0.prefix(200))" } ?? ""
        switch process.terminationReason {
        case .uncaughtSignal: return "crashed (signal \(process.terminationStatus))\(detail)"
        default: return "worker exited with status \(process.terminationStatus)\(detail)"
        }
    }

    /// The lines the worker wrote to standard error since `offset`.
    private func messages(since offset: UInt64) -> [String] {
        try? logHandle.seek(toOffset: offset)
        let data = (try? logHandle.readToEnd()) ?? Data()
        return String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).map(String.init)
    }

    /// The worker's resident set, from /proc (0 when it cannot be read).
    private var residentBytes: Int {
        guard let statm = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/statm", encoding: .utf8) else { return 0 }
        let fields = statm.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}
