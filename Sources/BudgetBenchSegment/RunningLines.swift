import BudgetBenchExtract

/// Finds running headers and footers: page numbers, and lines repeated at the same place on
/// many pages (such as 仅供内部审核).
struct RunningLines {
    let settings: SegmentSettings

    /// The lines of every page with running headers and footers removed.
    func removing(from pages: [PageText]) -> [[PageLine]] {
        let counts = repeatedTexts(pages)
        let threshold = max(3, Int((Double(pages.count) * settings.runningShare).rounded(.up)))
        // Building a page's lines finds each one's kind: the pages are independent, so on all cores.
        return pages.concurrentMap { page in
            page.lines.compactMap { line in
                if inMargin(line, page) && (line.text.wholeMatch(of: Vocabulary.pageNumber) != nil || counts[Self.key(line.text), default: 0] >= threshold) {
                    return nil
                }
                return PageLine(page: page.number, line: line)
            }
        }
    }

    private func inMargin(_ line: TextLine, _ page: PageText) -> Bool {
        line.box.y1 < page.height * settings.marginBand || line.box.y0 > page.height * (1 - settings.marginBand)
    }

    /// On how many pages each margin text occurs, digits ignored (page numbers change).
    private func repeatedTexts(_ pages: [PageText]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for page in pages {
            let keys = Set(page.lines.filter { inMargin($0, page) }.map { Self.key($0.text) })
            for key in keys { counts[key, default: 0] += 1 }
        }
        return counts
    }

    private static func key(_ text: String) -> String {
        String(text.filter { !$0.isWhitespace }.map { $0.isNumber ? "#" : $0 })
    }
}
