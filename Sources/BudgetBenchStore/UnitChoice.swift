import BudgetBenchNormalize

/// A user's decision about one unit (`budgetbench units`): merge it into another, give it a name,
/// a slug or a region. Stored in the database; exported and imported as a file that extends the
/// bundled centers.json.
public struct UnitChoice: Sendable, Codable, Equatable {
    /// The unit key the choice is about (`UnitKey`, or a catalog slug).
    public var unitKey: String
    /// The unit key this one is the same organisation as.
    public var mergedInto: String?
    public var name: String?
    public var slug: String?
    public var region: Center.Region?

    public init(unitKey: String, mergedInto: String? = nil, name: String? = nil, slug: String? = nil, region: Center.Region? = nil) {
        self.unitKey = unitKey
        self.mergedInto = mergedInto
        self.name = name
        self.slug = slug
        self.region = region
    }
}

extension [UnitChoice] {
    /// The unit a key stands for after merges (followed to their end, a cycle stopping where it repeats).
    public func resolved(_ key: String) -> String {
        var current = key
        var seen: Set<String> = [key]
        while let next = first(where: { $0.unitKey == current })?.mergedInto, seen.insert(next).inserted {
            current = next
        }
        return current
    }

    public func choice(for key: String) -> UnitChoice? {
        first { $0.unitKey == key }
    }
}
