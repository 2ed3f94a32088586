/// The section numbering conventions of Chinese official documents, outermost first:
/// 第一部分 → 一、 → （一） → 1. / 1、 → （1） → ①.
enum Numbering: Int, CaseIterable, Sendable {
    case part = 1
    case chinese
    case parenthesizedChinese
    case arabic
    case parenthesizedArabic
    case circled

    private static let chineseDigits = "一二三四五六七八九十百零〇"

    /// Compiled once; a Regex is immutable, so sharing it across threads is safe.
    nonisolated(unsafe) private static let patterns: [(Numbering, Regex<Substring>)] = [
        (.part, try! Regex("^第[\(chineseDigits)]+部分")),
        (.chinese, try! Regex("^[\(chineseDigits)]+、")),
        (.parenthesizedChinese, try! Regex("^[（(][\(chineseDigits)]+[）)]")),
        (.parenthesizedArabic, try! Regex("^[（(]\\d{1,2}[）)]")),
        (.arabic, try! Regex("^\\d{1,2}(?:\\.(?!\\d)|、|．)")),
        (.circled, try! Regex("^[①②③④⑤⑥⑦⑧⑨⑩]")),
    ]

    /// The numbering a line starts with and the number as printed, if any.
    static func match(_ text: String) -> (numbering: Numbering, number: String)? {
        for (numbering, pattern) in patterns {
            if let found = text.prefixMatch(of: pattern) {
                return (numbering, String(text[found.range]))
            }
        }
        return nil
    }
}
