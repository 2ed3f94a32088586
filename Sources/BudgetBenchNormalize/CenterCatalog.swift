import Foundation

/// A publishing unit followed across reports.
public struct Center: Sendable, Codable, Equatable {
    public struct Region: Sendable, Codable, Equatable {
        public var province: String?
        public var city: String?
        public var district: String?

        public init(province: String?, city: String?, district: String?) {
            self.province = province
            self.city = city
            self.district = district
        }
    }

    public var slug: String
    public var name: String
    public var region: Region
    public var aliases: [String]

    public init(slug: String, name: String, region: Region, aliases: [String]) {
        self.slug = slug
        self.name = name
        self.region = region
        self.aliases = aliases
    }
}

/// The centers known to BudgetBench, from a user-editable JSON file (bundled default: `centers.json`).
public struct CenterCatalog: Sendable {
    public let centers: [Center]

    private struct File: Decodable {
        var centers: [Center]
    }

    /// The bundled catalog.
    public static func bundled() throws -> CenterCatalog {
        guard let url = Bundle.module.url(forResource: "centers", withExtension: "json") else {
            preconditionFailure("centers.json is a resource of this module")
        }
        return try CenterCatalog(contentsOf: url)
    }

    public init(contentsOf url: URL) throws {
        centers = try JSONDecoder().decode(File.self, from: Data(contentsOf: url)).centers
    }

    /// The center whose alias the entity name contains.
    public func center(for entity: String) -> Center? {
        centers.first { center in center.aliases.contains { entity.contains($0) } }
    }
}
