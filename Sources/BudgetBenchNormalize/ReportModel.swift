import BudgetBenchExtract
import BudgetBenchSegment

/// A report in the common model: identity, amounts, indicators, findings and headline facts.
public struct ReportModel: Sendable, Codable {
    /// Raised when a field's meaning changes; documented in docs/model.md.
    public static let version = 2

    public var report: ReportIdentity
    public var amounts: [Amount]
    public var indicators: [Indicator]
    public var findings: [Finding]
    public var facts: [Fact]

    /// Normalizes a segmented document.
    public init(pages: [PageText], sections: [Section], tables: [Table], catalogs: Catalogs) {
        report = IdentityReader(centers: catalogs.centers).identity(pages: pages, tables: tables)
        let basis: Amount.Basis = report.kind == .finalAccount ? .actual : .budget
        let read = AmountReader(catalog: catalogs.codes).read(tables, basis: basis)
        amounts = read.amounts
        indicators = IndicatorReader().indicators(in: tables)
        let narrative = FactReader().facts(in: sections)
        facts = narrative + TableFactReader().facts(tables: tables, amounts: amounts, kind: report.kind, missing: narrative)
        findings = ConsistencyChecker().findings(amounts)
            + CrossTableChecker().findings(amounts, totals: read.totals)
            + NarrativeChecker().findings(narrative, amounts: amounts)
            + catalogs.codes.findings(amounts)
    }
}
