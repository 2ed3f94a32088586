/// The key one organisation's reports share across years, files and 部门/单位 scope, whichever
/// of its name's usual forms a report prints: 中国共产党…委员会办公厅, 中共…委办公厅 and …省委办公厅
/// are one key, as are 人民代表大会常务委员会 and 人大常委会, 中国人民政治协商会议…委员会 and …政协.
public struct UnitKey: Sendable, Codable, Hashable, Comparable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// The long forms of names and the short form every report is keyed by.
    static let shortForms = [
        ("中国共产党", "中共"), ("人民代表大会常务委员会", "人大常委会"), ("人民代表大会", "人大"),
    ]
    /// Qualifiers in brackets that name a report's scope, not another unit: X（本级）, X（汇总）.
    static let scopeQualifiers = ["本级", "汇总", "部门", "单位", "部门汇总"]
    static let placeEndings = ["省", "市", "区", "县", "州", "旗"]

    /// The key of an entity name as printed.
    public init(entity: String) {
        var name = entity.filter { !$0.isWhitespace }
        for qualifier in Self.scopeQualifiers {
            for (open, close) in [("（", "）"), ("(", ")")] where name.hasSuffix(open + qualifier + close) {
                name.removeLast(qualifier.count + 2)
            }
        }
        name = name.filter { !"（）()【】[]“”\"".contains($0) }
        for (long, short) in Self.shortForms {
            name = name.replacingOccurrences(of: long, with: short)
        }
        // 中国人民政治协商会议江苏省委员会办公厅 → 江苏省政协办公厅.
        if let range = name.range(of: "中国人民政治协商会议"), let council = name.range(of: "委员会", range: range.upperBound..<name.endIndex) {
            let place = name[range.upperBound..<council.lowerBound]
            name = String(name[..<range.lowerBound]) + place + "政协" + name[council.upperBound...]
        }
        // A party committee: 中共江苏省委员会 → 中共江苏省委, and 江苏省委办公厅 → 中共江苏省委办公厅.
        if name.hasPrefix("中共") {
            for ending in Self.placeEndings {
                name = name.replacingOccurrences(of: ending + "委员会", with: ending + "委")
            }
        } else if Self.placeEndings.contains(where: { name.contains($0 + "委") && !name.contains($0 + "委员会") }),
                  let committee = Self.placeEndings.compactMap({ name.range(of: $0 + "委") }).min(by: { $0.lowerBound < $1.lowerBound }),
                  // 省委 as a party committee, not 省委员会 or a 委 that starts a word (省委托…) of another organ.
                  !Self.isOrganPrefix(name[committee.upperBound...]) {
            name = "中共" + name
        }
        rawValue = name
    }

    /// Words that follow 委 as part of another organ's name rather than a party committee's office.
    private static func isOrganPrefix(_ rest: Substring) -> Bool {
        ["员", "托"].contains(where: rest.hasPrefix)
    }

    public var description: String { rawValue }

    public static func < (lhs: UnitKey, rhs: UnitKey) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
