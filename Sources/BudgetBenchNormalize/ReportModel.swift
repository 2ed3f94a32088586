import BudgetBenchExtract
import BudgetBenchSegment

/// A report in the common model: identity, amounts, indicators, findings and headline facts.
public struct ReportModel: Sendable, Codable {
    /// Raised when a field's meaning changes; documented in docs/model.md.
    public static let version = 6

    public var report: ReportIdentity
    public var amounts: [Amount]
    public var indicators: [Indicator]
    public var findings: [Finding]
    public var facts: [Fact]

    /// Normalizes a segmented document.
    public init(pages: [PageText], sections: [Section], tables: [Table], catalogs: Catalogs) {
        report = IdentityReader(centers: catalogs.centers).identity(pages: pages, tables: tables)
        let (kind, year) = (report.kind, report.year)
        // Amounts, indicators and narrative facts read different parts of the report: run together.
        let (reading, (forms, sentences)) = inParallel({ AmountReader(catalog: catalogs.codes).read(tables, kind: kind) }, {
            inParallel({ IndicatorReader().read(tables) }, { FactReader().facts(in: sections, frames: Self.frames(tables), year: year) })
        })
        var amounts = reading.amounts
        for index in amounts.indices {
            let table = amounts[index].table - 1
            amounts[index].funds = tables.indices.contains(table) ? tables[table].title.map(Amount.Funds.init(naming:)) : nil
        }
        indicators = forms.indicators
        // Where its words do not say, a figure is what the report is: a plan or an outcome.
        let reportBasis: Amount.Basis = [.budget, .performanceTargets, nil].contains(report.kind) ? .budget : .actual
        var narrative = sentences.map { fact in
            var fact = fact
            fact.basis = fact.basis ?? reportBasis
            return fact
        }
        let printed = amounts
        let consistency = ConsistencyChecker(amounts: printed)
        let columns = consistency.columns
        let stated = NarrativeChecker(amounts: printed).checks(narrative)
        // Names against the catalog need none of the identities: found beside them.
        let (checks, nameFindings) = inParallel({
            consistency.checks(columns: columns) + CrossTableChecker(amounts: printed).checks(columns: columns) + stated.map(\.check)
        }, { catalogs.codes.findings(printed) })
        AmountVerifier().verify(&amounts, by: checks)
        for (index, check) in stated {
            narrative[index].verification = check.held ? .verified : .contradicted
        }
        self.amounts = amounts
        let tableFacts = TableFactReader().facts(tables: tables, amounts: amounts, kind: report.kind)
        facts = TableFactReader.crossChecked(narrative, against: tableFacts) + tableFacts + forms.facts
        findings = checks.compactMap(\.finding).sorted { ($0.table, $0.page, $0.code, $0.measure) < ($1.table, $1.page, $1.code, $1.measure) }
            + reading.unitFindings + nameFindings
    }

    /// The text of one-column tables: prose in a frame, read as paragraphs.
    static func frames(_ tables: [Table]) -> [Paragraph] {
        tables.filter { $0.columnCount == 1 }.map { table in
            Paragraph(text: table.body.map { $0.joined() }.joined(), page: table.firstPage)
        }
    }
}
