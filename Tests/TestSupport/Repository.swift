import Foundation

/// Paths inside this repository, found from this file's location so tests run from any folder.
public enum Repository {
    /// The repository's top folder.
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A rendered report, e.g. `report("longgang-2023-budget")`, of the reference corpus or another corpus folder.
    public static func report(_ name: String, in folder: String = "Corpus") -> String {
        root.appendingPathComponent("\(folder)/reports/\(name).pdf").path
    }

    /// A file of the bad-input set.
    public static func bad(_ name: String) -> String {
        root.appendingPathComponent("Corpus/bad/\(name)").path
    }

    /// A test fixture.
    public static func fixture(_ name: String) -> String {
        root.appendingPathComponent("Tests/Fixtures/\(name)").path
    }

    /// Every PDF of the reference corpus.
    public static var reports: [String] {
        let folder = root.appendingPathComponent("Corpus/reports")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".pdf") }.sorted().map { folder.appendingPathComponent($0).path }
    }

    /// The real published reports beside the repository (`../shared/real`, present in CI); empty elsewhere.
    public static let realFolder = root.appendingPathComponent("../shared/real").standardizedFileURL

    public static var realReports: [String] {
        let folder = realFolder
        let names = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".pdf") }
        return names.sorted().map { folder.appendingPathComponent($0).path }
    }
}

/// A fresh folder under the system's temporary folder, removed by `remove()`.
public struct ScratchFolder: Sendable {
    public let url: URL

    public init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("budgetbench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    public func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Copies `source` to `name` inside the folder, replacing what is there.
    @discardableResult
    public func copy(_ source: String, as name: String) throws -> String {
        let target = url.appendingPathComponent(name)
        try? FileManager.default.removeItem(at: target)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: URL(fileURLWithPath: source), to: target)
        return target.path
    }

    public func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

extension Repository {
    /// The Python of the test virtualenv made by `make setup` (`.venv`, with openpyxl).
    public static var python: String? {
        let path = root.appendingPathComponent(".venv/bin/python").path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    /// A helper script of the tests.
    public static func script(_ name: String) -> String {
        root.appendingPathComponent("Tests/Scripts/\(name)").path
    }
}
