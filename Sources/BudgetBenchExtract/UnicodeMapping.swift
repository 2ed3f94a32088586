/// Whether a page's text maps to real characters.
///
/// A font without a usable ToUnicode map gives poppler glyph ids, which come out as control
/// characters, private-use code points or U+FFFD; storing them would be silent garbage.
enum UnicodeMapping {
    /// Below this share of real characters, the page's text is taken as unmapped.
    static let minimumUsableShare = 0.5

    static func isUsable(_ lines: [TextLine]) -> Bool {
        var usable = 0
        var total = 0
        for line in lines {
            for word in line.words {
                for scalar in word.text.unicodeScalars where !scalar.properties.isWhitespace {
                    total += 1
                    if !isGarbage(scalar) { usable += 1 }
                }
            }
        }
        return total == 0 || Double(usable) >= minimumUsableShare * Double(total)
    }

    private static func isGarbage(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .privateUse, .unassigned, .surrogate: true
        default: scalar == "\u{FFFD}"
        }
    }
}
