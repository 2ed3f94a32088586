/// What happened to one file of a batch.
public struct FileOutcome: Sendable, Equatable {
    public enum Status: Sendable, Equatable {
        /// Stored for the first time.
        case new
        /// Its path was stored before, from other bytes or an older parser; the old rows are gone.
        case replaced
        /// Already stored from the same bytes by the same parser (here or at another path).
        case skipped(reason: String)
        /// Could not be read; recorded in the errors table.
        case failed(reason: String, page: Int?)
    }

    public var path: String
    public var status: Status
    public var pages: Int
    public var amounts: Int
    public var indicators: Int
    public var findings: Int

    /// The one line a user reads about a failure: file, page where known, reason.
    public var failureMessage: String? {
        guard case .failed(let reason, let page) = status else { return nil }
        return page.map { "\(path): page \($0): \(reason)" } ?? "\(path): \(reason)"
    }
}
