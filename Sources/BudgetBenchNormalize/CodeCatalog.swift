import Foundation

/// The function- and economic-classification codes with every name each has carried, from the
/// bundled `classification-codes.json` (built by scripts/build-code-catalog.py from the national
/// class lists and the codes the reference and real reports print), each name with its sources.
public struct CodeCatalog: Sendable {
    private struct File: Decodable {
        var version: String
        var function: [String: [Name]]
        var economic: [String: [Name]]
    }

    public let version: String
    private let function: [String: [Name]]
    private let economic: [String: [Name]]
    /// Codes of both schemes by the lenient key of each of their names, built once: looking a
    /// name up is then one dictionary read, not a scan of the catalog.
    private let codesByName: [String: Set<String>]
    /// The same for the names a national list gives.
    private let nationalCodesByName: [String: Set<String>]

    /// The bundled catalog; each name's sources only `withSources` (the pipeline needs none).
    public static func bundled(withSources: Bool = false) throws -> CodeCatalog {
        guard let url = Bundle.module.url(forResource: "classification-codes", withExtension: "json") else {
            preconditionFailure("classification-codes.json is a resource of this module")
        }
        let decoder = JSONDecoder()
        decoder.userInfo[Name.readsSources] = withSources
        let file = try decoder.decode(File.self, from: Data(contentsOf: url))
        return CodeCatalog(version: file.version, function: file.function, economic: file.economic)
    }

    private init(version: String, function: [String: [Name]], economic: [String: [Name]]) {
        self.version = version
        self.function = function
        self.economic = economic
        var codesByName: [String: Set<String>] = [:], nationalCodesByName: [String: Set<String>] = [:]
        for (code, names) in function.merging(economic, uniquingKeysWith: { first, _ in first }) {
            for name in names {
                let key = Self.key(name.name)
                codesByName[key, default: []].insert(code)
                if name.isNational { nationalCodesByName[key, default: []].insert(code) }
            }
        }
        self.codesByName = codesByName
        self.nationalCodesByName = nationalCodesByName
    }

    /// Every code of a scheme the catalog lists, in order.
    public func codes(of scheme: Amount.Scheme) -> [String] {
        (scheme == .function ? function : economic).keys.sorted()
    }

    /// The names the catalog knows for a code, empty when the code is not in the catalog.
    public func names(of code: String, scheme: Amount.Scheme) -> [Name] {
        (scheme == .function ? function : economic)[code] ?? []
    }

    /// A code's name in a fiscal year: the name in use that year (a national list's before a name
    /// only some report prints, then the one used for the fewest years), else the name of the
    /// nearest years; nil when the code is not in the catalog.
    public func name(of code: String, scheme: Amount.Scheme, in year: Int) -> Name? {
        names(of: code, scheme: scheme).min { $0.rank(in: year) < $1.rank(in: year) }
    }

    /// The one code, of either scheme, whose catalog names include `name` exactly (spaces,
    /// punctuation and a trailing 支出 aside), or else the one whose national names do (水费 is
    /// 30205, not the 30203 of a report's own list); nil when none or several do (行政运行).
    public func code(named name: String) -> String? {
        let wanted = Self.key(name)
        guard !wanted.isEmpty, let codes = codesByName[wanted] else { return nil }
        if codes.count == 1 { return codes.first }
        guard let national = nationalCodesByName[wanted], national.count == 1 else { return nil }
        return national.first
    }

    /// One finding per amount row whose printed name is none of its code's catalog names.
    /// Names are compared leniently: punctuation, spaces and a trailing 支出 aside, and a
    /// shortened name (一般公共服务 for 一般公共服务支出) is accepted.
    public func findings(_ amounts: [Amount]) -> [Finding] {
        var seen = Set<String>()
        return amounts.compactMap { amount in
            let names = self.names(of: amount.code, scheme: amount.scheme)
            guard !names.isEmpty, !amount.name.isEmpty, seen.insert("\(amount.table)|\(amount.code)|\(amount.name)").inserted,
                  !names.contains(where: { Self.same($0.name, amount.name) }) else { return nil }
            return Finding(kind: .codeNameMismatch, table: amount.table, page: amount.page, code: amount.code, measure: amount.measure,
                           printed: amount.value, sum: amount.value,
                           expected: "printed “\(amount.name)”; catalog \(version): \(names.map(\.name).joined(separator: " / "))")
        }
    }

    /// The same name leniently; also the same characters in another order, which is how a
    /// name wrapped over two lines of a cell can come out of the text layer.
    static func same(_ name: String, _ other: String) -> Bool {
        let one = key(name), two = key(other)
        return !one.isEmpty && !two.isEmpty
            && (one.contains(two) || two.contains(one) || letters(name).sorted() == letters(other).sorted() || oneApart(one, two))
    }

    /// One character more in one of the names (基本养老保险费 / 基本养老保险缴费).
    private static func oneApart(_ one: String, _ two: String) -> Bool {
        let (short, long) = one.count < two.count ? (Array(one), Array(two)) : (Array(two), Array(one))
        guard long.count == short.count + 1, short.count >= 4 else { return false }
        return long.indices.contains { Array(long[..<$0] + long[($0 + 1)...]) == short }
    }

    /// The name without spaces and punctuation, by Unicode scalar: comparing Characters costs
    /// several thousand instructions a name, and the catalog keys some 1,500 names each run.
    private static func letters(_ name: String) -> String {
        var kept = String.UnicodeScalarView()
        for scalar in name.unicodeScalars where !scalar.properties.isWhitespace && !punctuation.contains(scalar) {
            kept.append(scalar)
        }
        return String(kept)
    }

    private static let punctuation = Set("（）()、“”\"·,，".unicodeScalars)

    private static func key(_ name: String) -> String {
        var text = letters(name)
        if text.hasSuffix("支出") { text.removeLast(2) }
        return text
    }
}
