extension StringProtocol {
    /// Whether `part` occurs in the text, compared byte for byte in UTF-8.
    ///
    /// Importing Foundation makes `contains(_:)` and `range(of:)` its own, which compare with
    /// Unicode equivalence at about 11,000 instructions a call; matching the reports' words needs
    /// no more than their bytes, and the hot paths (line kinds, empty-table marks, fact terms)
    /// ask thousands of times a page.
    public func includes(_ part: some StringProtocol) -> Bool {
        byteOffset(of: part, last: false) != nil
    }

    /// The first occurrence of `part`, compared byte for byte (see `includes(_:)`).
    public func firstRange(ofBytes part: some StringProtocol) -> Range<String.Index>? {
        byteOffset(of: part, last: false).map { range(atByte: $0, count: part.utf8.count) }
    }

    /// The last occurrence of `part`, compared byte for byte (see `includes(_:)`).
    public func lastRange(ofBytes part: some StringProtocol) -> Range<String.Index>? {
        byteOffset(of: part, last: true).map { range(atByte: $0, count: part.utf8.count) }
    }

    /// How many times `part` occurs without overlapping, compared byte for byte (see `includes(_:)`),
    /// in one pass over the text.
    public func count(ofBytes part: some StringProtocol) -> Int {
        var text = String(self)
        var part = String(part)
        return text.withUTF8 { haystack in
            part.withUTF8 { needle in
                guard !needle.isEmpty, haystack.count >= needle.count else { return 0 }
                var count = 0
                var start = 0
                while start <= haystack.count - needle.count {
                    if (0..<needle.count).allSatisfy({ haystack[start + $0] == needle[$0] }) {
                        count += 1
                        start += needle.count
                    } else {
                        start += 1
                    }
                }
                return count
            }
        }
    }

    /// A match starts on a lead byte of `part`, never inside another character's bytes, so the
    /// offsets are Unicode scalar boundaries of this text (grapheme boundaries too for the
    /// reports' words, which carry no combining marks).
    private func range(atByte offset: Int, count: Int) -> Range<String.Index> {
        let start = utf8.index(utf8.startIndex, offsetBy: offset)
        return start..<utf8.index(start, offsetBy: count)
    }

    private func byteOffset(of part: some StringProtocol, last: Bool) -> Int? {
        var text = String(self)
        var part = String(part)
        return text.withUTF8 { haystack in
            part.withUTF8 { needle -> Int? in
                guard !needle.isEmpty else { return last ? haystack.count : 0 }
                guard haystack.count >= needle.count else { return nil }
                let starts = 0...(haystack.count - needle.count)
                let matches = { (start: Int) in
                    haystack[start] == needle[0] && (1..<needle.count).allSatisfy { haystack[start + $0] == needle[$0] }
                }
                return last ? starts.reversed().first(where: matches) : starts.first(where: matches)
            }
        }
    }
}
