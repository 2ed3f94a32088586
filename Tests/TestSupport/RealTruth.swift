import Foundation

/// A hand-labelled real report of `Corpus/real-truth` (schema in its README).
public struct RealTruth: Decodable, Sendable {
    public enum Split: String, Decodable, Sendable {
        case tune, check
    }

    public struct Table: Decodable, Sendable {
        public let title: String?
        public let pages: [Int]
        public let unit: String?
        public let amounts: [Amount]
    }

    public struct Amount: Decodable, Sendable, Hashable {
        public let code: String
        public let name: String
        public let measure: String
        public let basis: String
        public let value: String
        public let printed: String
        public let page: Int
    }

    public let file: String
    public let sha256: String
    public let split: Split
    public let tables: [Table]

    public var amounts: [Amount] { tables.flatMap(\.amounts) }

    /// Every labelled file.
    public static func all() throws -> [RealTruth] {
        let folder = Repository.root.appendingPathComponent("Corpus/real-truth")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted().map {
            try JSONDecoder().decode(RealTruth.self, from: Data(contentsOf: folder.appendingPathComponent($0)))
        }
    }
}

/// How the amounts a report yields compare with its hand-labelled truth. A truth amount is
/// found when the product emits the same page, code, measure and basis; among those, its value
/// agrees when the decimals are equal. Repeated keys (the same code in two tables on one page)
/// are paired value for value.
public struct AmountScore: Sendable {
    public struct Emitted: Sendable {
        public let code: String
        public let measure: String
        public let basis: String
        public let value: Decimal
        public let page: Int
        public let verified: Bool

        public init(code: String, measure: String, basis: String, value: Decimal, page: Int, verified: Bool) {
            self.code = code
            self.measure = measure
            self.basis = basis
            self.value = value
            self.page = page
            self.verified = verified
        }
    }

    public var truth = 0
    public var found = 0
    public var agreeing = 0
    /// Emitted amounts that take part in the match and are marked verified, and those among
    /// them whose value is wrong (the one figure that must be 0).
    public var verified = 0
    public var verifiedWrong = 0
    public var misses: [String] = []
    public var wrongValues: [String] = []

    public init() {}

    public init(truth: [RealTruth.Amount], emitted: [Emitted]) {
        var pool = Dictionary(grouping: emitted) { "\($0.page)|\($0.code)|\($0.measure)|\($0.basis)" }
        for amount in truth {
            let key = "\(amount.page)|\(amount.code)|\(amount.measure)|\(amount.basis)"
            self.truth += 1
            guard var candidates = pool[key], !candidates.isEmpty, let value = Decimal(string: amount.value) else {
                misses.append("p\(amount.page) \(amount.code) \(amount.name) \(amount.measure)/\(amount.basis) = \(amount.value)")
                continue
            }
            found += 1
            let index = candidates.firstIndex { $0.value == value } ?? 0
            let match = candidates.remove(at: index)
            pool[key] = candidates
            if match.verified { verified += 1 }
            if match.value == value {
                agreeing += 1
            } else {
                if match.verified { verifiedWrong += 1 }
                wrongValues.append("p\(amount.page) \(amount.code) \(amount.measure): \(match.value) for \(amount.value)")
            }
        }
    }

    public static func + (left: AmountScore, right: AmountScore) -> AmountScore {
        var sum = left
        sum.truth += right.truth
        sum.found += right.found
        sum.agreeing += right.agreeing
        sum.verified += right.verified
        sum.verifiedWrong += right.verifiedWrong
        sum.misses += right.misses
        sum.wrongValues += right.wrongValues
        return sum
    }

    public var recall: Double { truth == 0 ? 0 : Double(found) / Double(truth) }
    public var agreement: Double { found == 0 ? 0 : Double(agreeing) / Double(found) }
    public var verifiedShare: Double { found == 0 ? 0 : Double(verified) / Double(found) }

    public var summary: String {
        String(format: "recall %.4f (%d/%d), value agreement %.4f (%d/%d), verified %.3f, wrong among verified %d",
               recall, found, truth, agreement, agreeing, found, verifiedShare, verifiedWrong)
    }
}
