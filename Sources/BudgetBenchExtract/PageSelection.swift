import Foundation

import BudgetBenchPDF

/// Which pages to read, as a user writes it: `3`, `2-5`, `1,4-6`, `7-`.
public struct PageSelection: Equatable, Sendable {
    private let ranges: [(first: Int, last: Int?)]

    /// Every page.
    public static let all = PageSelection(ranges: [(1, nil)])

    private init(ranges: [(first: Int, last: Int?)]) {
        self.ranges = ranges
    }

    /// Parses the user's text; nil when it is not a page list.
    public init?(_ text: String) {
        var ranges: [(first: Int, last: Int?)] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let bounds = part.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard let first = Int(bounds[0]), first >= 1 else { return nil }
            if bounds.count == 1 {
                ranges.append((first, first))
            } else if bounds[1].isEmpty {
                ranges.append((first, nil))
            } else if let last = Int(bounds[1]), last >= first {
                ranges.append((first, last))
            } else {
                return nil
            }
        }
        self.init(ranges: ranges)
    }

    public static func == (lhs: PageSelection, rhs: PageSelection) -> Bool {
        lhs.ranges.elementsEqual(rhs.ranges) { $0.first == $1.first && $0.last == $1.last }
    }

    /// The selected page numbers in ascending order, each once.
    ///
    /// - Throws: `PDFError.Reason.pageOutOfRange` for a page past the end of `file`.
    public func pageNumbers(pageCount: Int, file: String) throws(PDFError) -> [Int] {
        var numbers = Set<Int>()
        for (first, last) in ranges {
            let end = last ?? max(pageCount, first)
            guard end <= pageCount else {
                throw PDFError(file: file, reason: .pageOutOfRange(requested: end, pageCount: pageCount))
            }
            numbers.formUnion(first...end)
        }
        return numbers.sorted()
    }
}
