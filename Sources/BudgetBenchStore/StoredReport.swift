import BudgetBenchNormalize
import Foundation

/// A document as the database holds it: provenance, identity and its model's rows.
public struct StoredReport: Sendable {
    public var id: Int64
    public var provenance: Provenance
    public var identity: ReportIdentity
    public var amounts: [Amount]
    public var indicators: [Indicator]
    public var facts: [Fact]
    public var findings: [Finding]

    /// The file name without its folder, for tables a person reads.
    public var fileName: String { URL(fileURLWithPath: provenance.path).lastPathComponent }
}
