import Foundation
import GRDB
import Testing
import TestSupport

/// A CSV cell a spreadsheet would run as a formula is written with a leading `'` (OWASP's
/// advice); plain numbers are left alone, and the JSON export keeps the text exact.
@Suite struct CSVExportInjectionTests {
    static let formula = "=HYPERLINK(\"http://example.com\",\"x\")"

    /// A stored document whose unit reads like a formula. Report text that does so is rare, so the
    /// row is changed after ingest; export reads whatever the database holds.
    func databaseWithFormulaUnit(in scratch: ScratchFolder) throws -> String {
        let database = scratch.path("db.sqlite")
        let report = Repository.report("synthetic-0001-performance-targets", in: "Corpus/synthetic-sample")
        let ingest = try Command.run(Command.budgetbench, ["ingest", report, "--db", database, "--quiet"], timeout: 120)
        #expect(ingest.status == 0)
        try DatabaseQueue(path: database).write { db in
            try db.execute(sql: "UPDATE documents SET unit = ?, entity = ?", arguments: [Self.formula, "-12.50"])
        }
        return database
    }

    @Test func csvNeutralisesFormulaCellsAndJSONKeepsThem() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let database = try databaseWithFormulaUnit(in: scratch)

        let csv = try Command.run(Command.budgetbench, ["export", "--what", "documents", "--db", database], timeout: 60)
        #expect(csv.status == 0)
        // Quoted because of its quotes and comma: "'=HYPERLINK(""http://example.com"",""x"")".
        #expect(csv.standardOutput.contains("\"'=HYPERLINK(\"\"http://example.com\"\",\"\"x\"\")\""))
        #expect(!csv.standardOutput.contains(",=HYPERLINK") && !csv.standardOutput.contains(",\"=HYPERLINK"))
        #expect(csv.standardOutput.contains(",-12.50,"))

        let json = try Command.run(Command.budgetbench, ["export", "--what", "documents", "--format", "json", "--db", database], timeout: 60)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]])
        #expect(rows.first?["unit"] as? String == Self.formula)
    }
}
