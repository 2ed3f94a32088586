import BudgetBenchNormalize
import BudgetBenchSegment
import Foundation

/// Everything one document puts in the database, as plain rows: the `documents` row and the
/// rows of each table that belongs to it. Built once here, so every backend stores the same
/// values in the same columns; a backend only turns them into its own SQL.
public struct DocumentRows: Sendable {
    public var path: String
    /// The columns of the `documents` row and its values, in the same order.
    public var documentColumns: [String]
    public var document: [StoreValue]
    /// Sections, tables, amounts, indicators, facts and findings, in the order they are inserted.
    public var children: [TableRows]

    public init(model: ReportModel, segmented: SegmentedDocument, provenance: Provenance) throws {
        path = provenance.path
        let report = model.report
        documentColumns = ["path", "sha256", "page_count", "parser_version", "ingested_at", "entity", "center", "center_name",
                           "province", "city", "district", "year", "kind", "unit", "warnings", "unit_key", "scope", "placeholder"]
        document = [.text(provenance.path), .text(provenance.sha256), StoreValue(provenance.pageCount), .text(provenance.parserVersion),
                    .text(Timestamp.string(provenance.ingestedAt)), StoreValue(report.entity), StoreValue(report.center?.slug),
                    StoreValue(report.center?.name), StoreValue(report.center?.region.province), StoreValue(report.center?.region.city),
                    StoreValue(report.center?.region.district), StoreValue(report.year), StoreValue(report.kind?.rawValue),
                    StoreValue(report.unit), .text(try JSONText.encode(provenance.warnings)), StoreValue(report.unitKey?.rawValue),
                    StoreValue(report.scope?.rawValue), StoreValue(report.isPlaceholder)]
        children = [Self.sections(segmented.sections), try Self.tables(segmented.tables), try Self.amounts(model.amounts),
                    Self.indicators(model.indicators), Self.facts(model.facts), Self.findings(model.findings)]
    }

    /// Sections depth first, each numbered in that order and naming its parent's number.
    private static func sections(_ sections: [Section]) -> TableRows {
        var rows: [[StoreValue]] = []
        func add(_ section: Section, parent: Int?) {
            let own = rows.count
            rows.append([StoreValue(own), StoreValue(parent), StoreValue(section.level), StoreValue(section.number), .text(section.title),
                         StoreValue(section.page), .text(section.paragraphs.map(\.text).joined(separator: "\n"))])
            for child in section.children {
                add(child, parent: own)
            }
        }
        for section in sections {
            add(section, parent: nil)
        }
        return TableRows(table: .sections, columns: ["position", "parent_position", "level", "number", "title", "page", "text"], rows: rows)
    }

    private static func tables(_ tables: [BudgetBenchSegment.Table]) throws -> TableRows {
        // Numbered from 1, as amounts, indicators and findings name their table.
        TableRows(table: .tables,
                  columns: ["position", "number", "title", "unit", "first_page", "last_page", "row_count", "column_count", "is_empty",
                            "header_paths", "body"],
                  rows: try zip(1..., tables).map { position, table in
                      [StoreValue(position), StoreValue(table.number), StoreValue(table.title), StoreValue(table.unit),
                       StoreValue(table.firstPage), StoreValue(table.lastPage), StoreValue(table.body.count), StoreValue(table.columnCount),
                       StoreValue(table.isEmpty), .text(try JSONText.encode(table.headerPaths)), .text(try JSONText.encode(table.body))]
                  })
    }

    private static func amounts(_ amounts: [Amount]) throws -> TableRows {
        TableRows(table: .amounts,
                  columns: ["scheme", "code", "level", "name", "measure", "basis", "value", "value_fen", "printed", "resolution",
                            "table_position", "page", "flow", "verification", "identities", "funds"],
                  rows: try amounts.map { amount in
                      [.text(amount.scheme.rawValue), .text(amount.code), .text(amount.level), .text(amount.name), .text(amount.measure),
                       .text(amount.basis.rawValue), .decimal(amount.value), StoreValue(amount.value.fen), .text(amount.printed),
                       .decimal(amount.resolution), StoreValue(amount.table), StoreValue(amount.page), .text(amount.flow.rawValue),
                       .text(amount.verification.rawValue), .text(try JSONText.encode(amount.identities)), StoreValue(amount.funds?.rawValue)]
                  })
    }

    private static func indicators(_ indicators: [Indicator]) -> TableRows {
        TableRows(table: .indicators,
                  columns: ["level1", "level2", "level3", "canonical_level1", "canonical_level2", "target", "target_operator",
                            "target_number", "target_unit", "actual", "actual_operator", "actual_number", "actual_unit", "weight", "score",
                            "project", "table_position", "page", "level1_weight", "level2_weight", "deviation_reason", "project_code",
                            "project_amount"],
                  rows: indicators.map { indicator in
                      let target = indicator.target, actual = indicator.actual
                      return [.text(indicator.level1), .text(indicator.level2), .text(indicator.level3), .text(indicator.canonicalLevel1),
                              .text(indicator.canonicalLevel2), StoreValue(target?.text), StoreValue(target?.comparison),
                              StoreValue(target?.number), StoreValue(target?.unit), StoreValue(actual?.text), StoreValue(actual?.comparison),
                              StoreValue(actual?.number), StoreValue(actual?.unit), StoreValue(indicator.weight), StoreValue(indicator.score),
                              StoreValue(indicator.project), StoreValue(indicator.table), StoreValue(indicator.page),
                              StoreValue(indicator.level1Weight), StoreValue(indicator.level2Weight), StoreValue(indicator.deviationReason),
                              StoreValue(indicator.projectCode), StoreValue(indicator.projectAmount)]
                  })
    }

    private static func facts(_ facts: [Fact]) -> TableRows {
        TableRows(table: .facts, columns: ["key", "value", "unit", "source", "page", "quantity", "funds", "basis", "verification", "origin"],
                  rows: facts.map { fact in
                      [.text(fact.key.rawValue), .text(fact.value), .text(fact.unit), .text(fact.source), StoreValue(fact.page),
                       .text(fact.quantity.rawValue), StoreValue(fact.funds?.rawValue), StoreValue(fact.basis?.rawValue),
                       .text(fact.verification.rawValue), .text(fact.origin.rawValue)]
                  })
    }

    private static func findings(_ findings: [Finding]) -> TableRows {
        TableRows(table: .findings,
                  columns: ["kind", "table_position", "page", "code", "measure", "printed", "sum", "expected", "message"],
                  rows: findings.map { finding in
                      [.text(finding.kind.rawValue), StoreValue(finding.table), StoreValue(finding.page), .text(finding.code),
                       .text(finding.measure), .decimal(finding.printed), .decimal(finding.sum), StoreValue(finding.expected),
                       .text(finding.message)]
                  })
    }
}
