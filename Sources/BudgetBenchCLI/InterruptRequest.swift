import Dispatch
import Foundation

/// Ctrl-C during a batch: the first asks the batch to stop after the files being read (they are
/// stored whole); a second one exits at once, which loses nothing stored either.
final class InterruptRequest: @unchecked Sendable {
    // The signal handler runs on a dispatch thread while the batch reads the flag.
    private let lock = NSLock()
    private var requested = false
    private var source: DispatchSourceSignal?

    /// Starts listening for SIGINT.
    func install() {
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { [weak self] in self?.receive() }
        source.resume()
        self.source = source
    }

    var isRequested: Bool {
        lock.withLock { requested }
    }

    private func receive() {
        let again = lock.withLock {
            defer { requested = true }
            return requested
        }
        if again {
            exit(130)
        }
        FileHandle.standardError.write(Data("\nbudgetbench: stopping after the files being read (Ctrl-C again to quit now)\n".utf8))
    }
}
