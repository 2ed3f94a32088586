import BudgetBenchExtract
import BudgetBenchSegment

/// A report in the common model: identity, amounts, indicators, findings and headline facts.
public struct ReportModel: Sendable, Codable {
    /// Raised when a field's meaning changes; documented in docs/model.md.
    public static let version = 3

    public var report: ReportIdentity
    public var amounts: [Amount]
    public var indicators: [Indicator]
    public var findings: [Finding]
    public var facts: [Fact]

    /// Normalizes a segmented document.
    public init(pages: [PageText], sections: [Section], tables: [Table], catalogs: Catalogs) {
        report = IdentityReader(centers: catalogs.centers).identity(pages: pages, tables: tables)
        let read = AmountReader(catalog: catalogs.codes).read(tables, kind: report.kind)
        var amounts = read.amounts
        indicators = IndicatorReader().indicators(in: tables)
        let narrative = FactReader().facts(in: sections)
        let consistency = ConsistencyChecker(amounts: amounts)
        let columns = consistency.columns
        let checks = consistency.checks(columns: columns) + CrossTableChecker(amounts: amounts).checks(columns: columns)
            + NarrativeChecker(amounts: amounts).checks(narrative)
        AmountVerifier().verify(&amounts, by: checks)
        self.amounts = amounts
        facts = narrative + TableFactReader().facts(tables: tables, amounts: amounts, kind: report.kind, missing: narrative)
        findings = checks.compactMap(\.finding).sorted { ($0.table, $0.page, $0.code, $0.measure) < ($1.table, $1.page, $1.code, $1.measure) }
            + read.unitFindings + catalogs.codes.findings(amounts)
    }
}
