/// A numbered part of a report's text, with its paragraphs and sub-sections.
public struct Section: Sendable, Codable, Equatable {
    /// The number as printed: `第二部分`, `一、`, `（三）`, `2.`; nil for the document's preamble.
    public var number: String?
    public var title: String
    /// 1 for 第…部分, 2 for 一、, 3 for （一）, 4 for 1., 5 for （1）, 6 for ①.
    public var level: Int
    public var page: Int
    public var paragraphs: [Paragraph]
    public var children: [Section]

    public init(number: String?, title: String, level: Int, page: Int, paragraphs: [Paragraph], children: [Section] = []) {
        self.number = number
        self.title = title
        self.level = level
        self.page = page
        self.paragraphs = paragraphs
        self.children = children
    }
}

/// Body text joined from its lines, with the page it starts on.
public struct Paragraph: Sendable, Codable, Equatable {
    public var text: String
    public var page: Int

    public init(text: String, page: Int) {
        self.text = text
        self.page = page
    }
}
