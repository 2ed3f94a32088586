import Foundation

/// One `Corpus/truth/<report>.json`: what a perfect reader finds in the report's PDF.
/// The schema is documented in `Corpus/README.md`.
public struct CorpusTruth: Decodable, Sendable {
    public struct Identity: Decodable, Sendable {
        public let entity: String
        public let center: String
        public let year: Int
        public let kind: String
        public let unit: String
    }

    public struct Table: Decodable, Sendable {
        public let index: Int
        public let number: String
        public let title: String
        public let unit: String?
        public let titlePage: Int
        public let pages: [Int]
        public let header: [[String]]
        public let body: [[String]]
        public let rowPages: [Int]
    }

    public struct Amount: Decodable, Sendable {
        public let table: Int
        public let page: Int
        public let scheme: String
        public let flow: String
        public let code: String
        public let name: String
        public let measure: String
        public let basis: String
        public let printed: String
        public let value: String
    }

    public struct Indicator: Decodable, Sendable {
        public let table: Int
        public let page: Int
        public let level1: String
        public let level2: String
        public let level3: String
        /// The 三级指标 cell as printed, e.g. `立项依据 充分性（3分）`.
        public let level3Printed: String
        public let canonicalLevel1: String
        public let canonicalLevel2: String
        public let target: String?
        public let actual: String?
        public let weight: String?
        public let score: String?
        public let project: String?
    }

    public struct Fact: Decodable, Sendable {
        public let key: String
        public let value: String
        public let unit: String
        public let basis: String
        public let source: String
        public let page: Int
    }

    public let report: String
    public let pageCount: Int
    public let identity: Identity
    public let tables: [Table]
    public let amounts: [Amount]
    public let indicators: [Indicator]
    public let facts: [Fact]

    /// The truth of the named report of a corpus folder (`Corpus` or `Corpus/synthetic-sample`).
    public static func load(_ report: String, in folder: String = "Corpus") throws -> CorpusTruth {
        let url = Repository.root.appendingPathComponent("\(folder)/truth/\(report).json")
        return try JSONDecoder().decode(CorpusTruth.self, from: Data(contentsOf: url))
    }

    /// The truth of every report of a corpus folder.
    public static func all(in folder: String = "Corpus") throws -> [CorpusTruth] {
        try reports(in: folder).map { try load($0, in: folder) }
    }

    /// The report names of a corpus folder, from its truth files.
    public static func reports(in folder: String) -> [String] {
        let truth = Repository.root.appendingPathComponent("\(folder)/truth")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: truth.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    }
}
