extension ExtractedDocument {
    /// One line per physical line, words tab-separated across column gaps, pages separated by a form feed.
    public var plainText: String {
        pages.map { page in
            page.lines.map { $0.text + "\n" }.joined()
        }.joined(separator: "\u{0C}")
    }
}
