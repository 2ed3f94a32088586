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

    public init(id: Int64, provenance: Provenance, identity: ReportIdentity, amounts: [Amount], indicators: [Indicator], facts: [Fact],
                findings: [Finding]) {
        self.id = id
        self.provenance = provenance
        self.identity = identity
        self.amounts = amounts
        self.indicators = indicators
        self.facts = facts
        self.findings = findings
    }

    /// The file name without its folder, for tables a person reads.
    public var fileName: String { URL(fileURLWithPath: provenance.path).lastPathComponent }
}
