import BudgetBenchIngest
import BudgetBenchNormalize
import BudgetBenchStore
import Foundation
import GRDB
import Testing
import TestSupport

/// Ingest into a temporary database, on each backend: skipping, replacing, deduplicating and bad input.
@Suite struct IngestTests {
    static let samples = ["synthetic-0001-performance-targets", "synthetic-0003-performance-targets", "synthetic-0007-performance-targets"]
        .map { Repository.report($0, in: "Corpus/synthetic-sample") }

    func ingest(_ paths: [String], into database: TestDatabase, force: Bool = false) async throws -> IngestSummary {
        let store = try await database.open()
        let ingester = Ingester(store: store, options: .init(jobs: 2, force: force, worker: .built))
        let summary = try await ingester.run(paths: paths) { _ in }
        try await store.close()
        return summary
    }

    @Test(arguments: Backend.available) func secondRunSkipsEveryUnchangedFile(_ backend: Backend) async throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let first = try await ingest(Self.samples, into: database)
        #expect(first.newCount == 3 && first.failures.isEmpty)
        let amounts = try database.integer("SELECT COUNT(*) FROM amounts")
        #expect(amounts == first.amounts && amounts > 0)

        let second = try await ingest(Self.samples, into: database)
        #expect(second.skippedCount == 3 && second.newCount == 0 && second.replacedCount == 0)
        #expect(try database.integer("SELECT COUNT(*) FROM documents") == 3)
        #expect(try database.integer("SELECT COUNT(*) FROM amounts") == amounts)

        let forced = try await ingest(Self.samples, into: database, force: true)
        #expect(forced.replacedCount == 3)
        #expect(try database.integer("SELECT COUNT(*) FROM amounts") == amounts)
    }

    @Test(arguments: Backend.available) func changedFileOrNewerParserReplacesItsRows(_ backend: Backend) async throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let scratch = database.folder
        let file = try scratch.copy(Self.samples[0], as: "reports/report.pdf")
        _ = try await ingest([scratch.path("reports")], into: database)

        try scratch.copy(Self.samples[1], as: "reports/report.pdf")
        let changed = try await ingest([scratch.path("reports")], into: database)
        #expect(changed.replacedCount == 1)
        #expect(try database.integer("SELECT COUNT(*) FROM documents") == 1)
        #expect(try database.integer("SELECT COUNT(*) FROM amounts") == changed.amounts)
        #expect(try database.integer("SELECT COUNT(DISTINCT document_id) FROM amounts") == 1)

        try database.execute("UPDATE documents SET parser_version = 'older'")
        let reparsed = try await ingest([file], into: database)
        #expect(reparsed.replacedCount == 1)
        #expect(try database.integer("SELECT COUNT(*) FROM documents WHERE parser_version = '\(ParsedReport.parserVersion)'") == 1)
    }

    @Test(arguments: Backend.available) func sameBytesAtTwoPathsAreStoredOnce(_ backend: Backend) async throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        try scratch.copy(Self.samples[0], as: "a/report.pdf")
        try scratch.copy(Self.samples[0], as: "b/copy.PDF")
        let summary = try await ingest([scratch.url.path], into: database)
        #expect(summary.newCount == 1 && summary.skippedCount == 1)
        #expect(try database.integer("SELECT COUNT(*) FROM documents") == 1)
    }

    @Test(arguments: Backend.available) func badInputsAreRecordedAndTheBatchCompletes(_ backend: Backend) async throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let summary = try await ingest([Repository.root.appendingPathComponent("Corpus/bad").path], into: database)
        #expect(summary.newCount == 1)
        let reasons = try database.lines("SELECT path, reason FROM errors").reduce(into: [String: String]()) { result, line in
            let fields = line.split(separator: "|", maxSplits: 1).map(String.init)
            result[URL(fileURLWithPath: fields[0]).lastPathComponent] = fields.count > 1 ? fields[1] : ""
        }
        #expect(reasons.count == 5)
        #expect(reasons["empty.pdf"]?.contains("empty file") == true)
        #expect(reasons["not-a-pdf.pdf"]?.contains("not a PDF") == true)
        #expect(reasons["truncated.pdf"]?.contains("truncated PDF") == true)
        #expect(reasons["encrypted.pdf"]?.contains("encrypted PDF") == true)
        #expect(reasons["image-only.pdf"]?.contains("no text layer") == true)
        // The unbalanced report is stored with its two real discrepancies among its findings.
        let discrepancies = try database.integer("""
            SELECT COUNT(DISTINCT code) FROM findings WHERE kind = 'parentNotSumOfChildren' AND code IN ('201', '20106')
            """)
        #expect(discrepancies == 2)
    }
}

/// One table numbering in the database: every amount, indicator and finding names its table by
/// the same position `tables.position` holds, so a join finds the table the row was read from.
@Suite struct TableNumberingTests {
    @Test func amountsJoinTheirTables() async throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let database = scratch.path("db.sqlite")
        let store = try ReportStore(path: database)
        _ = try await Ingester(store: store, options: .init(worker: .built)).run(paths: [Repository.report("longgang-2023-budget")]) { _ in }
        let (amounts, joined, titled) = try await DatabaseQueue(path: database).read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM amounts") ?? 0,
             try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM amounts a JOIN tables t ON t.document_id = a.document_id AND t.position = a.table_position
                WHERE a.page BETWEEN t.first_page AND t.last_page
                """) ?? 0,
             // Longgang 表7 is the function-classified 一般公共预算支出表; its 2010605 row.
             try String.fetchOne(db, sql: """
                SELECT t.title FROM amounts a JOIN tables t ON t.document_id = a.document_id AND t.position = a.table_position
                WHERE a.code = '2010605' ORDER BY a.table_position DESC LIMIT 1
                """))
        }
        #expect(amounts > 0 && joined == amounts)
        #expect(titled?.contains("一般公共预算支出") == true)
    }
}
