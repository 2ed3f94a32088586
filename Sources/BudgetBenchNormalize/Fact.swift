/// A headline figure of a report, with the sentence it was read from.
public struct Fact: Sendable, Codable, Equatable {
    public var key: String
    /// As printed, without thousands separators: `4339`, `99.10`, `优`.
    public var value: String
    public var unit: String
    public var source: String
    public var page: Int

    public init(key: String, value: String, unit: String, source: String, page: Int) {
        self.key = key
        self.value = value
        self.unit = unit
        self.source = source
        self.page = page
    }
}
