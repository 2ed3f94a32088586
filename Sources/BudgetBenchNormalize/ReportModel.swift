import BudgetBenchExtract
import BudgetBenchSegment

/// A report in the common model: identity, amounts, indicators, findings and headline facts.
public struct ReportModel: Sendable, Encodable {
    /// Raised when a field's meaning changes; documented in docs/model.md.
    public static let version = 1

    public var report: ReportIdentity
    public var amounts: [Amount]
    public var indicators: [Indicator]
    public var findings: [Finding]
    public var facts: [Fact]

    /// Normalizes a segmented document.
    public init(pages: [PageText], sections: [Section], tables: [Table], centers: CenterCatalog) {
        report = IdentityReader(centers: centers).identity(pages: pages, tables: tables)
        let basis: Amount.Basis = report.kind == .finalAccount ? .actual : .budget
        amounts = AmountReader().amounts(in: tables, basis: basis)
        indicators = IndicatorReader().indicators(in: tables)
        findings = ConsistencyChecker().findings(amounts)
        facts = FactReader().facts(in: sections)
    }
}
