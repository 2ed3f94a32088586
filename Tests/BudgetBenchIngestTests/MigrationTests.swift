import BudgetBenchIngest
import BudgetBenchNormalize
import BudgetBenchStore
import Foundation
import GRDB
import Testing
import TestSupport

/// A database made by an earlier release is upgraded in place and keeps working.
@Suite struct MigrationTests {
    @Test func databaseOfTheFirstSchemaIsUpgraded() async throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let database = scratch.path("old.sqlite")
        _ = try ReportStore(path: database)
        // Back to the first release's shape: schema v1 without the columns v2 adds.
        try await DatabaseQueue(path: database).write { db in
            try db.execute(sql: """
                ALTER TABLE amounts DROP COLUMN resolution;
                ALTER TABLE findings DROP COLUMN expected;
                DELETE FROM grdb_migrations WHERE identifier = 'v2';
                """)
        }
        let store = try ReportStore(path: database)
        let summary = try await Ingester(store: store, options: .init(worker: .built))
            .run(paths: [Repository.report("longgang-2023-budget")]) { _ in }
        #expect(summary.newCount == 1)
        let reports = try await store.reports()
        #expect(reports.first?.amounts.contains { $0.resolution > 0 } == true)
        #expect(reports.first?.findings.contains { $0.expected != nil } == true)
    }
}
