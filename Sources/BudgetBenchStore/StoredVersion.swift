/// What the database holds for a path: the content hash and parser that produced its rows.
public struct StoredVersion: Sendable, Equatable {
    public var sha256: String
    public var parserVersion: String

    public init(sha256: String, parserVersion: String) {
        self.sha256 = sha256
        self.parserVersion = parserVersion
    }
}

/// A path's recorded failure: the bytes and parser it failed with, and why.
public struct StoredFailure: Sendable, Equatable {
    public var version: StoredVersion
    public var reason: String

    public init(version: StoredVersion, reason: String) {
        self.version = version
        self.reason = reason
    }
}
