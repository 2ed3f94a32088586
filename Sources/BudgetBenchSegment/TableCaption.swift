/// What stands above a table: its number, title, entity and unit lines.
struct TableCaption: Equatable {
    var number: String?
    var title: String?
    var unit: String?
    var entityLine: String?
    /// Indices (into the page's lines) of the lines read as the caption.
    var lines: [Int] = []

    var isEmpty: Bool { number == nil && title == nil }
}

/// Reads the caption lines directly above a table region.
struct TableCaptionReader {
    // Stored once: a regex literal in a function body is compiled again on every call.
    nonisolated(unsafe) private static let year = #/\d{4}年度?/#

    /// At most this many lines above a table belong to its caption.
    static let reach = 8

    func caption(above start: Int, in lines: [PageLine], floor: Int) -> TableCaption {
        var caption = TableCaption()
        var index = start - 1
        var titles: [(index: Int, text: String, score: Int)] = []
        while index >= floor, index >= start - Self.reach {
            let line = lines[index]
            let text = line.compact
            if let unit = text.firstMatch(of: Vocabulary.unit) {
                caption.unit = caption.unit ?? String(unit.output.1 ?? unit.output.2 ?? "")
            }
            switch line.kind {
            case .tableNumber:
                // Matched on the spaced text: `表 2 2021 年…` is table 2, not table 22021.
                let spaced = line.text.replacingOccurrences(of: "\t", with: " ").trimmingCharacters(in: .whitespaces)
                if let number = spaced.prefixMatch(of: Vocabulary.tableNumber) {
                    caption.number = String(number.output.1).filter { !$0.isWhitespace }
                    let rest = Self.cleanTitle(String(spaced[number.range.upperBound...]))
                    if isTitle(rest) { titles.append((index, rest, 3)) }
                }
                caption.lines.append(index)
            case .entity:
                caption.entityLine = line.text
                caption.lines.append(index)
            case .unit:
                caption.lines.append(index)
            case .note, .emptyMark:
                index = floor - 1
                continue
            case .other:
                if isYear(text) || isFormField(text) {
                    caption.lines.append(index)
                } else if isTitle(text) {
                    let named = Vocabulary.titleEndings.contains { text.hasSuffix($0) } || text.firstMatch(of: Vocabulary.titleQualifier) != nil
                    titles.append((index, text, named ? 2 : Numbering.match(text) == nil ? 1 : 0))
                    caption.lines.append(index)
                } else {
                    index = floor - 1
                    continue
                }
            }
            index -= 1
        }
        if let best = titles.max(by: { ($0.score, $0.index) < ($1.score, $1.index) }), best.score > 0 {
            caption.title = Self.cleanTitle(best.text)
        }
        caption.lines.sort()
        return caption
    }

    private func isTitle(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 45 && !text.hasSuffix("。") && !text.hasSuffix("：") && !CellText.isNumeric(text)
    }

    /// A form line printed over some tables: `单位（盖章）：`, `填报日期：2024.05.13`.
    private func isFormField(_ text: String) -> Bool {
        text.count <= 30 && (text.hasSuffix("：") || Vocabulary.formFieldMarks.contains(where: text.contains))
    }

    private func isYear(_ text: String) -> Bool {
        text.wholeMatch(of: Self.year) != nil
    }

    /// A title without the unit or year that some reports print on the same line.
    static func cleanTitle(_ text: String) -> String {
        var title = text
        if let unit = title.firstMatch(of: Vocabulary.unit) {
            title = String(title[..<unit.range.lowerBound])
        }
        return title.trimmingCharacters(in: .whitespaces)
    }
}

import Foundation
