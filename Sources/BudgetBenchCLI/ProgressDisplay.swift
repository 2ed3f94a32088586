import BudgetBenchIngest
import Foundation

/// Shows a batch's progress: a redrawn bar on a terminal, a plain line every few seconds otherwise.
final class ProgressDisplay {
    enum Mode {
        case bar, lines, quiet
    }

    /// Seconds between plain lines when output is not a terminal.
    static let lineInterval: TimeInterval = 5
    static let barWidth = 24

    private let mode: Mode
    private let start = Date()
    private var total = 0
    private var done = 0
    private var pages = 0
    private var current = ""
    private var lastLine = Date.distantPast

    init(mode: Mode) {
        self.mode = mode
    }

    func show(_ event: IngestEvent) {
        switch event {
        case .planned(let total):
            self.total = total
        case .started(let path):
            current = URL(fileURLWithPath: path).lastPathComponent
        case .finished(let outcome):
            done += 1
            pages += outcome.pages
        }
        draw()
    }

    /// Ends the bar's line so the summary starts on its own.
    func finish() {
        if mode == .bar, total > 0 {
            write("\n")
        }
    }

    private func draw() {
        let elapsed = Date().timeIntervalSince(start)
        let rate = elapsed > 0 ? Double(pages) / elapsed : 0
        let eta = done > 0 ? elapsed / Double(done) * Double(total - done) : 0
        let status = "\(done)/\(total) files  \(String(format: "%.1f", rate)) pages/s  ETA \(Self.clock(eta))"
        switch mode {
        case .quiet:
            return
        case .bar:
            let filled = total > 0 ? Self.barWidth * done / total : 0
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: Self.barWidth - filled)
            write("\r\u{1B}[K[\(bar)] \(status)  \(current.prefix(40))")
        case .lines:
            guard Date().timeIntervalSince(lastLine) >= Self.lineInterval || done == total else { return }
            lastLine = Date()
            write("ingest: \(status)  \(current)\n")
        }
    }

    private func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    private static func clock(_ seconds: TimeInterval) -> String {
        let whole = Int(seconds.rounded())
        return String(format: "%d:%02d", whole / 60, whole % 60)
    }
}
