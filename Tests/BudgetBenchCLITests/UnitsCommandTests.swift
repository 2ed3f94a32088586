import Foundation
import Testing
import TestSupport

/// `budgetbench units`: the user's merges, names, slugs, regions and report groups are stored in
/// the database and followed by `list` and `compare`, on either backend.
@Suite struct UnitsCommandTests {
    static let reports = ["synthetic-0000-overall-self-evaluation", "synthetic-0002-overall-self-evaluation"]
        .map { Repository.report($0, in: "Corpus/synthetic-sample") }

    @Test(arguments: Backend.available)
    func choicesAreStoredAndFollowed(backend: Backend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let db = ["--db", database.location]
        let run = { (arguments: [String]) throws -> CommandResult in try Command.run(Command.budgetbench, arguments + db, timeout: 120) }
        #expect(try run(["ingest"] + Self.reports + ["--quiet"]).status == 0)
        let before = try run(["units", "list"])
        #expect(before.status == 0)
        let keys = before.standardOutput.split(separator: "\n").dropFirst().map { String($0.split(separator: " ")[0]) }
        try #require(keys.count == 2, "two units: \(before.standardOutput)")

        #expect(try run(["units", "merge", keys[1], "--into", keys[0]]).status == 0)
        #expect(try run(["units", "set", keys[0], "--slug", "east-lake", "--province", "某省"]).status == 0)
        #expect(try run(["units", "rename", keys[0], "--name", "东湖国库中心"]).status == 0)
        let after = try run(["units", "list"]).standardOutput
        #expect(after.split(separator: "\n").count == 2, "\(after)")
        #expect(after.contains("east-lake") && after.contains("东湖国库中心") && after.contains("某省"))
        // The merged column names the key merged in, though the unit now goes by its slug.
        #expect(after.contains(keys[1]), "\(after)")
        // With --reports, each logical report and its files under the unit.
        let withReports = try run(["units", "list", "--reports"]).standardOutput
        for report in Self.reports {
            #expect(withReports.contains(URL(fileURLWithPath: report).lastPathComponent), "\(withReports)")
        }
        let compared = try JSONSerialization.jsonObject(with: Data(try run(["compare", "--format", "json"]).standardOutput.utf8)) as? [[String: Any]]
        #expect(Set((compared ?? []).compactMap { $0["center"] as? String }) == ["east-lake"])
        #expect(try run(["list"]).standardOutput.contains("east-lake"))
        // Every exported row names the unit as the user called it, beside the key it was printed under.
        for subject in ["documents", "indicators"] {
            let rows = try JSONSerialization.jsonObject(with: Data(try run(["export", "--what", subject, "--format", "json"]).standardOutput.utf8))
                as? [[String: Any]] ?? []
            #expect(!rows.isEmpty, "\(subject)")
            #expect(rows.allSatisfy { $0["unit_id"] as? String == "east-lake" && $0["unit_name"] as? String == "东湖国库中心" }, "\(subject)")
            #expect(Set(rows.compactMap { $0["unit_key"] as? String }) == Set(keys), "\(subject)")
        }

        // Two files put into one report by name: the listing shows one report for both.
        let paths = Self.reports.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        #expect(try run(["units", "group"] + paths + ["--as", "one"]).status == 0)
        let listed = try run(["list"]).standardOutput.split(separator: "\n").dropFirst().filter { $0.contains(".pdf") }
        // The `report` column: the one word with a slash that is not a path.
        let reportColumn = Set(listed.compactMap { line in line.split(separator: " ").first { $0.contains("/") && !$0.hasPrefix("/") } })
        #expect(reportColumn.count == 1, "\(listed)")

        let exported = database.folder.path("units.json")
        #expect(try run(["units", "export", exported]).status == 0)
        let file = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: exported))) as? [String: Any]
        let centers2 = file?["centers"] as? [[String: Any]] ?? []
        #expect(centers2.count == 1 && centers2.first?["slug"] as? String == "east-lake")
        #expect((centers2.first?["aliases"] as? [String])?.count == 2)
    }
}
