import BudgetBenchNormalize
import BudgetBenchPDF
import Foundation

/// The worker side: reads requests from standard input until it closes, parses each PDF and
/// answers on standard output. Runs in its own process, so a crash, a hang or runaway memory in
/// poppler or in our parsing costs only this process, never the batch.
public enum WorkerService {
    public static func serve(catalogs: Catalogs) {
        // Ctrl-C goes to the whole process group; the parent decides what a stop means.
        signal(SIGINT, SIG_IGN)
        watchParent()
        let decoder = JSONDecoder()
        let encoder = JSONEncoder()
        while let line = readLine(strippingNewline: true) {
            let reply: WorkerReply
            if let request = try? decoder.decode(WorkerRequest.self, from: Data(line.utf8)) {
                reply = parse(request.path, catalogs: catalogs)
            } else {
                reply = .failed(reason: "worker received a malformed request", page: nil)
            }
            guard let data = try? encoder.encode(reply) else { return }
            do {
                try FileHandle.standardOutput.write(contentsOf: data + Data("\n".utf8))
            } catch {
                return
            }
        }
    }

    /// A parent killed with SIGKILL closes our input, but a worker busy in a long parse would not
    /// notice; once the parent is gone (we are re-parented), the worker ends itself.
    private static func watchParent() {
        let parent = getppid()
        let thread = Thread {
            while getppid() == parent {
                usleep(500_000)
            }
            _exit(1)
        }
        thread.start()
    }

    static func parse(_ path: String, catalogs: Catalogs) -> WorkerReply {
        do {
            let report = StorableReport(try ParsedReport.read(path: path, catalogs: catalogs))
            guard report.hasText else {
                return .failed(reason: "no text layer on any page (a scanned image?); nothing to store", page: nil)
            }
            return .parsed(report)
        } catch {
            return .failed(reason: error.reason.message, page: error.page)
        }
    }
}
