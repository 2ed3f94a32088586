import BudgetBenchNormalize
import BudgetBenchSegment
import Foundation
import GRDB

extension ReportStore {
    /// Whether a save added a path or replaced what an earlier run stored for it.
    public enum SaveOutcome: Sendable, Equatable {
        case new, replaced
    }

    /// Stores a report in one transaction, replacing the rows an earlier run stored for its path
    /// and clearing an earlier failure of that path.
    @discardableResult
    public func save(_ model: ReportModel, segmented: SegmentedDocument, provenance: Provenance) throws -> SaveOutcome {
        try queue.write { db in
            let replaced = try Int.fetchOne(db, sql: "SELECT id FROM documents WHERE path = ?", arguments: [provenance.path]) != nil
            try db.execute(sql: "DELETE FROM documents WHERE path = ?", arguments: [provenance.path])
            try db.execute(sql: "DELETE FROM errors WHERE path = ?", arguments: [provenance.path])
            let report = model.report
            try db.execute(sql: """
                INSERT INTO documents (path, sha256, page_count, parser_version, ingested_at, entity, center, center_name,
                                       province, city, district, year, kind, unit, warnings, unit_key, scope, placeholder)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [provenance.path, provenance.sha256, provenance.pageCount, provenance.parserVersion,
                                 Timestamp.string(provenance.ingestedAt), report.entity, report.center?.slug, report.center?.name,
                                 report.center?.region.province, report.center?.region.city, report.center?.region.district,
                                 report.year, report.kind?.rawValue, report.unit, try JSONText.encode(provenance.warnings),
                                 report.unitKey?.rawValue, report.scope?.rawValue, report.isPlaceholder])
            let id = db.lastInsertedRowID
            try insertSections(segmented.sections, document: id, db: db)
            try insertTables(segmented.tables, document: id, db: db)
            try insertAmounts(model.amounts, document: id, db: db)
            try insertIndicators(model.indicators, document: id, db: db)
            try insertFacts(model.facts, document: id, db: db)
            try insertFindings(model.findings, document: id, db: db)
            return replaced ? .replaced : .new
        }
    }

    /// Records why a file could not be ingested; what an earlier run stored for it is kept.
    public func recordFailure(path: String, sha256: String?, page: Int?, reason: String, parserVersion: String) throws {
        try queue.write { db in
            try db.execute(sql: """
                INSERT OR REPLACE INTO errors (path, sha256, page, reason, parser_version, failed_at) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [path, sha256, page, reason, parserVersion, Timestamp.string(Date())])
        }
    }

    private func insertSections(_ sections: [Section], document: Int64, db: Database) throws {
        var position = 0
        func insert(_ section: Section, parent: Int?) throws {
            let own = position
            position += 1
            try db.execute(sql: """
                INSERT INTO sections (document_id, position, parent_position, level, number, title, page, text)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [document, own, parent, section.level, section.number, section.title, section.page,
                                 section.paragraphs.map(\.text).joined(separator: "\n")])
            for child in section.children {
                try insert(child, parent: own)
            }
        }
        for section in sections {
            try insert(section, parent: nil)
        }
    }

    private func insertTables(_ tables: [BudgetBenchSegment.Table], document: Int64, db: Database) throws {
        // Numbered from 1, as amounts, indicators and findings name their table.
        for (position, table) in zip(1..., tables) {
            try db.execute(sql: """
                INSERT INTO tables (document_id, position, number, title, unit, first_page, last_page, row_count, column_count,
                                    is_empty, header_paths, body)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [document, position, table.number, table.title, table.unit, table.firstPage, table.lastPage,
                                 table.body.count, table.columnCount, table.isEmpty, try JSONText.encode(table.headerPaths),
                                 try JSONText.encode(table.body)])
        }
    }

    private func insertAmounts(_ amounts: [Amount], document: Int64, db: Database) throws {
        let statement = try db.makeStatement(sql: """
            INSERT INTO amounts (document_id, scheme, code, level, name, measure, basis, value, value_fen, printed, resolution,
                                 table_position, page, flow, verification, identities, funds)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for amount in amounts {
            try statement.execute(arguments: [document, amount.scheme.rawValue, amount.code, amount.level, amount.name, amount.measure,
                                              amount.basis.rawValue, amount.value.exactString, amount.value.fen, amount.printed,
                                              amount.resolution.exactString,
                                              amount.table, amount.page, amount.flow.rawValue, amount.verification.rawValue,
                                              try JSONText.encode(amount.identities), amount.funds?.rawValue])
        }
    }

    private func insertIndicators(_ indicators: [Indicator], document: Int64, db: Database) throws {
        let statement = try db.makeStatement(sql: """
            INSERT INTO indicators (document_id, level1, level2, level3, canonical_level1, canonical_level2,
                                    target, target_operator, target_number, target_unit, actual, actual_operator, actual_number, actual_unit,
                                    weight, score, project, table_position, page)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for indicator in indicators {
            let target = indicator.target, actual = indicator.actual
            try statement.execute(arguments: [document, indicator.level1, indicator.level2, indicator.level3,
                                              indicator.canonicalLevel1, indicator.canonicalLevel2,
                                              target?.text, target?.comparison, target?.number?.exactString, target?.unit,
                                              actual?.text, actual?.comparison, actual?.number?.exactString, actual?.unit,
                                              indicator.weight, indicator.score, indicator.project, indicator.table, indicator.page])
        }
    }

    private func insertFacts(_ facts: [Fact], document: Int64, db: Database) throws {
        for fact in facts {
            try db.execute(sql: """
                INSERT INTO facts (document_id, key, value, unit, source, page, quantity, funds, basis, verification, origin)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [document, fact.key.rawValue, fact.value, fact.unit, fact.source, fact.page, fact.quantity.rawValue,
                                 fact.funds?.rawValue, fact.basis?.rawValue, fact.verification.rawValue, fact.origin.rawValue])
        }
    }

    private func insertFindings(_ findings: [Finding], document: Int64, db: Database) throws {
        for finding in findings {
            try db.execute(sql: """
                INSERT INTO findings (document_id, kind, table_position, page, code, measure, printed, sum, expected, message)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [document, finding.kind.rawValue, finding.table, finding.page, finding.code, finding.measure,
                                 finding.printed.exactString, finding.sum.exactString, finding.expected, finding.message])
        }
    }
}
