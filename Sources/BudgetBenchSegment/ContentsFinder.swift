/// Finds the table of contents: the 目录 heading and the entries after it on its page, and on
/// following pages while entries still end in page numbers or dot leaders.
enum ContentsFinder {
    static func contents(_ pages: [[PageLine]]) -> (entries: [String], lines: Set<LineID>) {
        var entries: [String] = []
        var lines = Set<LineID>()
        for (pageIndex, page) in pages.enumerated() {
            guard let start = page.firstIndex(where: { Vocabulary.contents.contains($0.compact) }) else { continue }
            lines.insert(LineID(page: pageIndex, line: start))
            for index in (start + 1)..<page.count {
                entries.append(entry(page[index].text))
                lines.insert(LineID(page: pageIndex, line: index))
            }
            for next in (pageIndex + 1)..<pages.count {
                let continued = pages[next].prefix { isEntry($0.text) }
                guard !continued.isEmpty else { break }
                for index in continued.indices {
                    entries.append(entry(pages[next][index].text))
                    lines.insert(LineID(page: next, line: index))
                }
                if continued.count < pages[next].count { break }
            }
            break
        }
        return (entries, lines)
    }

    // Stored once: a regex built inside a function is compiled again on every line.
    nonisolated(unsafe) private static let pageNumberAtEnd = #/\t\d{1,3}$/#
    nonisolated(unsafe) private static let leaderAndPage = #/[\t ]*[.…·]{2,}[\t ]*\d*$|\t\d{1,3}$/#

    private static func isEntry(_ text: String) -> Bool {
        text.contains("…") || text.contains("....") || text.contains(pageNumberAtEnd)
    }

    /// An entry without its dot leader and page number.
    private static func entry(_ text: String) -> String {
        text.replacing(leaderAndPage, with: "").trimmingCharacters(in: .whitespaces)
    }
}

/// A line's place: index of its page in the document's page list, and of the line on the page.
struct LineID: Hashable {
    var page: Int
    var line: Int
}

import Foundation
