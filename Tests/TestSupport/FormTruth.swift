import Foundation

/// One `Corpus/forms/<set>/<document>.json`: the performance forms a document prints, written by
/// `Corpus/generator/forms/generate.py` from its own data. The schema is in `Corpus/forms/README.md`.
public struct FormTruth: Decodable, Sendable {
    /// The two halves of the forms corpus: `tune` is for development, `check` is looked at only as an aggregate.
    public enum Subset: String, Decodable, Sendable, CaseIterable {
        case tune, check
    }

    public struct Indicator: Decodable, Sendable {
        public let level1: String
        public let level2: String
        public let level3: String
        public let target: String?
        public let actual: String?
        public let weight: String?
        public let score: String?
        public let page: Int
    }

    public struct Total: Decodable, Sendable {
        public let label: String
        public let score: String
        public let page: Int
    }

    public struct Form: Decodable, Sendable {
        public let kind: String
        public let indicators: [Indicator]
        public let total: Total?
    }

    public let document: String
    public let route: String
    public let set: Subset
    public let pageCount: Int
    public let forms: [Form]

    public var indicators: [Indicator] { forms.flatMap(\.indicators) }

    /// The folder of a subset.
    public static func folder(_ subset: Subset) -> URL {
        Repository.root.appendingPathComponent("Corpus/forms/\(subset.rawValue)")
    }

    /// Every document of a subset, with the path of its PDF, in name order.
    public static func all(in subset: Subset) throws -> [(truth: FormTruth, pdf: String)] {
        let folder = folder(subset)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return try names.filter { $0.hasSuffix(".json") }.sorted().map { name in
            let truth = try JSONDecoder().decode(FormTruth.self, from: Data(contentsOf: folder.appendingPathComponent(name)))
            return (truth, folder.appendingPathComponent(String(name.dropLast(5)) + ".pdf").path)
        }
    }
}
