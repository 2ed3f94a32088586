import Foundation

/// Where a stored report came from and which parser read it.
public struct Provenance: Sendable, Equatable {
    public var path: String
    public var sha256: String
    public var pageCount: Int
    public var parserVersion: String
    public var ingestedAt: Date
    /// Pages that could not be read (no text layer), one message each.
    public var warnings: [String]

    public init(path: String, sha256: String, pageCount: Int, parserVersion: String, warnings: [String], ingestedAt: Date = Date()) {
        self.path = path
        self.sha256 = sha256
        self.pageCount = pageCount
        self.parserVersion = parserVersion
        self.warnings = warnings
        self.ingestedAt = ingestedAt
    }
}
