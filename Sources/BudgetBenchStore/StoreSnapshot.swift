import BudgetBenchNormalize
import Foundation

/// The stored rows that make up the reports, as any backend reads them: documents by id, the
/// others by document and in the order they were inserted. Decimals arrive as their exact text.
public struct StoreSnapshot: Sendable {
    public var documents: FlatTable
    public var amounts: FlatTable
    public var indicators: FlatTable
    public var facts: FlatTable
    public var findings: FlatTable

    public init(documents: FlatTable, amounts: FlatTable, indicators: FlatTable, facts: FlatTable, findings: FlatTable) {
        self.documents = documents
        self.amounts = amounts
        self.indicators = indicators
        self.facts = facts
        self.findings = findings
    }

    /// The reports with their rows; a row naming a document not read, or with a value the model
    /// no longer knows, is left out as before.
    func reports() throws -> [StoredReport] {
        var reports = try documents.records.map(Self.report)
        let index = Dictionary(uniqueKeysWithValues: reports.enumerated().map { ($1.id, $0) })
        func position(_ record: FlatTable.Record) -> Int? { record.integer("document_id").flatMap { index[$0] } }
        for record in amounts.records {
            guard let position = position(record), let amount = Self.amount(record) else { continue }
            reports[position].amounts.append(amount)
        }
        for record in indicators.records {
            guard let position = position(record) else { continue }
            reports[position].indicators.append(Self.indicator(record))
        }
        for record in facts.records {
            guard let position = position(record), let fact = Self.fact(record) else { continue }
            reports[position].facts.append(fact)
        }
        for record in findings.records {
            guard let position = position(record), let finding = Self.finding(record) else { continue }
            reports[position].findings.append(finding)
        }
        return reports
    }

    private static func report(_ record: FlatTable.Record) throws -> StoredReport {
        let center: Center? = record.text("center").map { slug in
            Center(slug: slug, name: record.text("center_name") ?? slug,
                   region: .init(province: record.text("province"), city: record.text("city"), district: record.text("district")),
                   aliases: [])
        }
        let warnings = (try? JSONDecoder().decode([String].self, from: Data(record.string("warnings").utf8))) ?? []
        let provenance = Provenance(path: record.string("path"), sha256: record.string("sha256"), pageCount: record.int("page_count"),
                                    parserVersion: record.string("parser_version"), warnings: warnings,
                                    ingestedAt: Timestamp.date(record.string("ingested_at")) ?? .distantPast)
        var identity = ReportIdentity(entity: record.text("entity"), center: center, year: record.integer("year").map(Int.init),
                                      kind: record.text("kind").flatMap(ReportIdentity.Kind.init(rawValue:)),
                                      scope: record.text("scope").flatMap(ReportIdentity.Scope.init(rawValue:)), unit: record.text("unit"))
        identity.unitKey = record.text("unit_key").map(UnitKey.init(rawValue:)) ?? identity.unitKey
        identity.isPlaceholder = (record.integer("placeholder") ?? 0) != 0
        return StoredReport(id: record.integer("id") ?? 0, provenance: provenance, identity: identity,
                            amounts: [], indicators: [], facts: [], findings: [])
    }

    private static func amount(_ record: FlatTable.Record) -> Amount? {
        guard let scheme = Amount.Scheme(rawValue: record.string("scheme")), let basis = Amount.Basis(rawValue: record.string("basis")),
              let flow = Amount.Flow(rawValue: record.string("flow")),
              let verification = Amount.Verification(rawValue: record.string("verification")),
              let value = record.decimal("value"), let resolution = record.decimal("resolution") else { return nil }
        var amount = Amount(scheme: scheme, code: record.string("code"), name: record.string("name"), measure: record.string("measure"),
                            basis: basis, flow: flow, value: value, printed: record.string("printed"), resolution: resolution,
                            table: record.int("table_position"), page: record.int("page"))
        amount.verification = verification
        amount.funds = record.text("funds").flatMap(Amount.Funds.init(rawValue:))
        amount.identities = (try? JSONDecoder().decode([IdentityResult].self, from: Data(record.string("identities").utf8))) ?? []
        return amount
    }

    private static func fact(_ record: FlatTable.Record) -> Fact? {
        guard let key = Fact.Key(rawValue: record.string("key")), let quantity = Fact.Quantity(rawValue: record.string("quantity")),
              let verification = Amount.Verification(rawValue: record.string("verification")),
              let origin = Fact.Origin(rawValue: record.string("origin")) else { return nil }
        return Fact(key: key, value: record.string("value"), unit: record.string("unit"), quantity: quantity,
                    funds: record.text("funds").flatMap(Amount.Funds.init(rawValue:)),
                    basis: record.text("basis").flatMap(Amount.Basis.init(rawValue:)), verification: verification, origin: origin,
                    source: record.string("source"), page: record.int("page"))
    }

    private static func indicator(_ record: FlatTable.Record) -> Indicator {
        var indicator = Indicator(level1: record.string("level1"), level2: record.string("level2"), level3: record.string("level3"),
                  canonicalLevel1: record.string("canonical_level1"), canonicalLevel2: record.string("canonical_level2"),
                  target: record.text("target").map(Quantity.init), actual: record.text("actual").map(Quantity.init),
                  weight: record.text("weight"), score: record.text("score"), project: record.text("project"),
                  table: record.int("table_position"), page: record.int("page"))
        indicator.level1Weight = record.text("level1_weight")
        indicator.level2Weight = record.text("level2_weight")
        indicator.deviationReason = record.text("deviation_reason")
        indicator.projectCode = record.text("project_code")
        indicator.projectAmount = record.decimal("project_amount")
        return indicator
    }

    private static func finding(_ record: FlatTable.Record) -> Finding? {
        guard let kind = Finding.Kind(rawValue: record.string("kind")), let printed = record.decimal("printed"),
              let sum = record.decimal("sum") else { return nil }
        return Finding(kind: kind, table: record.int("table_position"), page: record.int("page"), code: record.string("code"),
                       measure: record.string("measure"), printed: printed, sum: sum, expected: record.text("expected"))
    }
}
