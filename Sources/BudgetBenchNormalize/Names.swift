/// How the names and codes of classification rows are read.
enum Names {
    // Regexes are stored once: a literal in a function body is compiled again on every call.
    nonisolated(unsafe) private static let ordinal = #/[一二三四五六七八九十]+、|\d+[.、．]\s*|[（(][一二三四五六七八九十\d]+[）)]/#

    /// A 类 (3 digits), 款 (5) or 项 (7) code.
    static func isCode(_ text: String) -> Bool {
        [3, 5, 7].contains(text.count) && text.allSatisfy(\.isASCII) && text.allSatisfy(\.isNumber)
    }

    /// Text without any whitespace (wrapped names carry spaces where their lines joined).
    static func compact(_ text: String) -> String {
        text.filter { !$0.isWhitespace }
    }

    /// A name without its outline number: `一、一般公共服务支出` → `一般公共服务支出`.
    static func withoutOrdinal(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let match = trimmed.prefixMatch(of: ordinal) {
            return String(trimmed[match.range.upperBound...])
        }
        return trimmed
    }
}

import Foundation
