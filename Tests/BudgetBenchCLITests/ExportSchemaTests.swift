import Foundation
import Testing
import TestSupport

/// The exports and `extract --format json` of every Corpus report conform to the JSON Schemas
/// published in docs/schemas (checked by python's jsonschema, a validator independent of the
/// product), carry unique column names in the schema's order, come out byte for byte the same on
/// every run, and `--bom` opens a CSV with the UTF-8 byte order mark.
@Suite(.serialized) struct ExportSchemaTests {
    static let subjects = ["documents", "amounts", "indicators", "facts", "findings", "errors", "tables", "sections"]

    struct Stored: Sendable {
        let folder: ScratchFolder
        let database: String
    }

    static let stored = Task { () throws -> Stored in
        let folder = try ScratchFolder()
        let database = folder.path("corpus.sqlite")
        let ingest = try Command.run(Command.budgetbench, ["ingest", "--db", database, "--quiet"] + Repository.reports, timeout: 600)
        guard ingest.status == 0 else { throw ExportFailure(message: ingest.standardError) }
        return Stored(folder: folder, database: database)
    }

    struct ExportFailure: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    static func schema(_ name: String) -> String {
        Repository.root.appendingPathComponent("docs/schemas/\(name).schema.json").path
    }

    func validate(_ files: [String], against schema: String) throws {
        let python = try #require(Repository.python, "no .venv with jsonschema: run make setup")
        let checked = try Command.run(python, [Repository.script("validate_json.py"), schema] + files, timeout: 300)
        #expect(checked.status == 0, "\(checked.standardOutput)\(checked.standardError)")
    }

    func export(_ subject: String, _ options: [String], database: String) throws -> String {
        let exported = try Command.run(Command.budgetbench, ["export", "--db", database, "--what", subject] + options, timeout: 120)
        try #require(exported.status == 0, "\(exported.standardError)")
        return exported.standardOutput
    }

    @Test(arguments: subjects)
    func exportConformsToItsSchema(subject: String) async throws {
        let stored = try await Self.stored.value
        let file = stored.folder.path("\(subject).json")
        try export(subject, ["--format", "json", "--out", file], database: stored.database)
        try validate([file], against: Self.schema("export-\(subject)"))
        let again = try export(subject, ["--format", "json"], database: stored.database)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == again, "two runs differ")
    }

    @Test(arguments: subjects)
    func csvHeaderIsUniqueAndInTheSchemasOrder(subject: String) async throws {
        let stored = try await Self.stored.value
        let csv = try export(subject, ["--format", "csv"], database: stored.database)
        let header = csv.prefix { $0 != "\n" }.split(separator: ",").map(String.init)
        #expect(Set(header).count == header.count, "duplicate columns: \(header)")
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Self.schema("export-\(subject)")))) as? [String: Any])
        let items = try #require(schema["items"] as? [String: Any])
        #expect(items["required"] as? [String] == header)
    }

    @Test func bomOpensTheCSV() async throws {
        let stored = try await Self.stored.value
        let file = stored.folder.path("amounts-bom.csv")
        try export("amounts", ["--bom", "--out", file], database: stored.database)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
        #expect(Array(bytes.prefix(4)) == [0xEF, 0xBB, 0xBF, UInt8(ascii: "p")])
        let plain = try export("amounts", [], database: stored.database)
        #expect(plain.utf8.first == UInt8(ascii: "p"))
        let refused = try Command.run(Command.budgetbench, ["export", "--db", stored.database, "--bom", "--format", "json"])
        #expect(refused.status != 0)
    }

    /// The XLSX export holds the JSON's rows: the same columns, integers as numbers, decimals as their exact text.
    @Test func xlsxHoldsTheJSONRows() async throws {
        let stored = try await Self.stored.value
        let file = stored.folder.path("amounts.xlsx")
        try export("amounts", ["--format", "xlsx", "--out", file], database: stored.database)
        let python = try #require(Repository.python)
        let inspected = try Command.run(python, [Repository.script("inspect_workbook.py"), file])
        let inspection = try #require(try JSONSerialization.jsonObject(with: Data(inspected.standardOutput.utf8)) as? [String: Any])
        let content = try #require(inspection["content"] as? [String: Any])
        let grid = try #require((content["amounts"] as? [String: Any])?["rows"] as? [[Any]])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(export("amounts", ["--format", "json"], database: stored.database).utf8)) as? [[String: Any]])
        let header = grid[0].compactMap { $0 as? String }
        #expect(grid.count == json.count + 1)
        let value = try #require(header.firstIndex(of: "value")), page = try #require(header.firstIndex(of: "page"))
        for (row, record) in zip(grid.dropFirst(), json) {
            #expect(row[value] as? String == record["value"] as? String)
            #expect(row[page] as? Int == record["page"] as? Int)
        }
    }

    @Test func extractJSONConformsToItsSchema() async throws {
        let stored = try await Self.stored.value
        let folder = stored.folder.path("json")
        let extracted = try Command.run(Command.budgetbench, ["extract", "--format", "json", "--output-dir", folder] + Repository.reports, timeout: 600)
        try #require(extracted.status == 0, "\(extracted.standardError)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }.map { folder + "/" + $0 }
        #expect(files.count == Repository.reports.count)
        try validate(files, against: Self.schema("extract"))
    }
}
