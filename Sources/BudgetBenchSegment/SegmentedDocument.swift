/// A report's section tree and tables, found from the positioned words of its pages.
public struct SegmentedDocument: Sendable, Codable {
    /// Entries of the table of contents, kept apart from the body's sections.
    public var contents: [String]
    public var sections: [Section]
    public var tables: [Table]
}
