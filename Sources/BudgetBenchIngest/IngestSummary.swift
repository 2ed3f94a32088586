import Foundation

/// Totals of a batch, for the final report.
public struct IngestSummary: Sendable {
    public var outcomes: [FileOutcome] = []
    public var elapsed: TimeInterval = 0
    /// Files the batch covered, read or not.
    public var total = 0
    /// The batch was stopped before every file was read.
    public var interrupted = false

    public var newCount: Int { outcomes.count { $0.status == .new } }
    public var replacedCount: Int { outcomes.count { $0.status == .replaced } }
    public var skippedCount: Int { outcomes.count { if case .skipped = $0.status { true } else { false } } }
    public var failures: [FileOutcome] { outcomes.filter { $0.failureMessage != nil } }
    /// Pages, amounts, indicators and findings of the documents stored in this run.
    public var stored: [FileOutcome] { outcomes.filter { $0.status == .new || $0.status == .replaced } }
    public var pages: Int { stored.map(\.pages).reduce(0, +) }
    public var amounts: Int { stored.map(\.amounts).reduce(0, +) }
    public var indicators: Int { stored.map(\.indicators).reduce(0, +) }
    public var findings: Int { stored.map(\.findings).reduce(0, +) }

    /// True when files were given but none is in the database after the run.
    public var nothingIngested: Bool { !outcomes.isEmpty && stored.isEmpty && skippedCount == 0 }
}
