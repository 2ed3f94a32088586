import BudgetBenchNormalize
import Foundation
import GRDB

extension ReportStore {
    /// Every stored report with its rows, in document order.
    public func reports() throws -> [StoredReport] {
        try queue.read { db in
            var reports = try Row.fetchAll(db, sql: "SELECT * FROM documents ORDER BY id").map(Self.report)
            let index = Dictionary(uniqueKeysWithValues: reports.enumerated().map { ($1.id, $0) })
            for row in try Row.fetchAll(db, sql: "SELECT * FROM amounts ORDER BY rowid") {
                guard let position = index[row["document_id"]], let amount = Self.amount(row) else { continue }
                reports[position].amounts.append(amount)
            }
            for row in try Row.fetchAll(db, sql: "SELECT * FROM indicators ORDER BY rowid") {
                guard let position = index[row["document_id"]] else { continue }
                reports[position].indicators.append(Self.indicator(row))
            }
            for row in try Row.fetchAll(db, sql: "SELECT * FROM facts ORDER BY rowid") {
                guard let position = index[row["document_id"]], let fact = Self.fact(row) else { continue }
                reports[position].facts.append(fact)
            }
            for row in try Row.fetchAll(db, sql: "SELECT * FROM findings ORDER BY rowid") {
                guard let position = index[row["document_id"]], let finding = Self.finding(row) else { continue }
                reports[position].findings.append(finding)
            }
            return reports
        }
    }

    private static func report(_ row: Row) throws -> StoredReport {
        let center: Center? = (row["center"] as String?).map { slug in
            Center(slug: slug, name: row["center_name"] ?? slug,
                   region: .init(province: row["province"], city: row["city"], district: row["district"]), aliases: [])
        }
        let warnings: [String] = (try? JSONDecoder().decode([String].self, from: Data((row["warnings"] as String).utf8))) ?? []
        let provenance = Provenance(path: row["path"], sha256: row["sha256"], pageCount: row["page_count"],
                                    parserVersion: row["parser_version"], warnings: warnings,
                                    ingestedAt: Timestamp.date(row["ingested_at"]) ?? .distantPast)
        var identity = ReportIdentity(entity: row["entity"], center: center, year: row["year"],
                                      kind: (row["kind"] as String?).flatMap(ReportIdentity.Kind.init(rawValue:)),
                                      scope: (row["scope"] as String?).flatMap(ReportIdentity.Scope.init(rawValue:)), unit: row["unit"])
        identity.unitKey = (row["unit_key"] as String?).map(UnitKey.init(rawValue:)) ?? identity.unitKey
        identity.isPlaceholder = row["placeholder"]
        return StoredReport(id: row["id"], provenance: provenance, identity: identity, amounts: [], indicators: [], facts: [], findings: [])
    }

    private static func amount(_ row: Row) -> Amount? {
        guard let scheme = Amount.Scheme(rawValue: row["scheme"]), let basis = Amount.Basis(rawValue: row["basis"]),
              let flow = Amount.Flow(rawValue: row["flow"]), let verification = Amount.Verification(rawValue: row["verification"]),
              let value = Decimal(string: row["value"]), let resolution = Decimal(string: row["resolution"]) else { return nil }
        var amount = Amount(scheme: scheme, code: row["code"], name: row["name"], measure: row["measure"], basis: basis, flow: flow,
                            value: value, printed: row["printed"], resolution: resolution, table: row["table_position"], page: row["page"])
        amount.verification = verification
        amount.funds = (row["funds"] as String?).flatMap(Amount.Funds.init(rawValue:))
        amount.identities = (try? JSONDecoder().decode([IdentityResult].self, from: Data((row["identities"] as String).utf8))) ?? []
        return amount
    }

    private static func fact(_ row: Row) -> Fact? {
        guard let key = Fact.Key(rawValue: row["key"]), let quantity = Fact.Quantity(rawValue: row["quantity"]),
              let verification = Amount.Verification(rawValue: row["verification"]),
              let origin = Fact.Origin(rawValue: row["origin"]) else { return nil }
        return Fact(key: key, value: row["value"], unit: row["unit"], quantity: quantity,
                    funds: (row["funds"] as String?).flatMap(Amount.Funds.init(rawValue:)),
                    basis: (row["basis"] as String?).flatMap(Amount.Basis.init(rawValue:)), verification: verification, origin: origin,
                    source: row["source"], page: row["page"])
    }

    private static func indicator(_ row: Row) -> Indicator {
        Indicator(level1: row["level1"], level2: row["level2"], level3: row["level3"], canonicalLevel1: row["canonical_level1"],
                  canonicalLevel2: row["canonical_level2"], target: (row["target"] as String?).map(Quantity.init),
                  actual: (row["actual"] as String?).map(Quantity.init), weight: row["weight"], score: row["score"],
                  project: row["project"], table: row["table_position"], page: row["page"])
    }

    private static func finding(_ row: Row) -> Finding? {
        guard let kind = Finding.Kind(rawValue: row["kind"]), let printed = Decimal(string: row["printed"]),
              let sum = Decimal(string: row["sum"]) else { return nil }
        return Finding(kind: kind, table: row["table_position"], page: row["page"], code: row["code"], measure: row["measure"],
                       printed: printed, sum: sum, expected: row["expected"])
    }
}
