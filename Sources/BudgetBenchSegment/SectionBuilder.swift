/// Builds the section tree from the body text lines (tables, captions, contents and running
/// lines already taken out), and joins lines into paragraphs.
struct SectionBuilder {
    /// A heading is a numbered line this short that does not end like a sentence…
    static let headingLength = 30
    /// …or a short line set bolder or larger than the body text.
    static let emphasisRatio = 1.15

    func sections(_ lines: [PageLine]) -> [Section] {
        guard !lines.isEmpty else { return [] }
        let bodySize = mostCommonFontSize(lines)
        let left = lines.map(\.box.x0).sorted()[lines.count / 10]
        let right = lines.map(\.box.x1).sorted()[lines.count * 9 / 10]
        var root = Section(number: nil, title: "", level: 0, page: lines[0].page, paragraphs: [], children: [])
        var path: [Int] = []  // indices from root down to the open section
        var numberings: [Numbering] = []
        var paragraph: (text: String, page: Int, last: PageLine)?

        func flush() {
            guard let open = paragraph else { return }
            update(&root, path) { $0.paragraphs.append(Paragraph(text: open.text, page: open.page)) }
            paragraph = nil
        }

        for line in lines {
            let text = line.text.replacingOccurrences(of: "\t", with: " ")
            if let heading = heading(line, text: text, bodySize: bodySize) {
                flush()
                // Close sections until the open one numbers coarser than this heading.
                while let last = numberings.last, last.rawValue >= heading.numbering.rawValue {
                    path.removeLast()
                    numberings.removeLast()
                }
                if heading.numbering == .part { path.removeAll(); numberings.removeAll() }
                let section = Section(number: heading.number, title: heading.title, level: heading.numbering.rawValue,
                                      page: line.page, paragraphs: [], children: [])
                var index = 0
                update(&root, path) { parent in
                    parent.children.append(section)
                    index = parent.children.count - 1
                }
                path.append(index)
                numberings.append(heading.numbering)
                continue
            }
            if let open = paragraph, continues(open.last, with: line, left: left, right: right) {
                paragraph = (CellText.join([open.text, text]), open.page, line)
            } else {
                flush()
                paragraph = (text, line.page, line)
            }
        }
        flush()
        let children = root.children
        root.children = []
        return root.paragraphs.isEmpty ? children : [root] + children
    }

    private struct Heading {
        var numbering: Numbering
        var number: String?
        var title: String
    }

    private func heading(_ line: PageLine, text: String, bodySize: Double) -> Heading? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let sentence = ["。", "；", "，", "：", ":"].contains { trimmed.hasSuffix($0) }
        let emphasized = line.isBold || line.fontSize >= bodySize * Self.emphasisRatio
        if let match = Numbering.match(trimmed) {
            guard !sentence, emphasized || trimmed.count <= Self.headingLength && !trimmed.contains("，") else { return nil }
            let title = String(trimmed.dropFirst(match.number.count)).trimmingCharacters(in: .whitespaces)
            return Heading(numbering: match.numbering, number: match.number, title: title)
        }
        if emphasized, !sentence, trimmed.count <= Self.headingLength, line.fontSize >= bodySize * Self.emphasisRatio {
            return Heading(numbering: .part, number: nil, title: trimmed)
        }
        return nil
    }

    /// A line continues the paragraph when the one before it ran to the right margin and it
    /// does not start indented.
    private func continues(_ previous: PageLine, with line: PageLine, left: Double, right: Double) -> Bool {
        let height = line.height
        let fullWidth = previous.box.x1 >= right - 2 * height
        let indented = line.box.x0 > left + 1.2 * height
        let sameFlow = line.page != previous.page || line.box.y0 - previous.box.y1 < 1.2 * height
        return fullWidth && !indented && sameFlow && Numbering.match(line.text) == nil
    }

    private func mostCommonFontSize(_ lines: [PageLine]) -> Double {
        var counts: [Double: Int] = [:]
        for line in lines { counts[line.fontSize, default: 0] += line.compact.count }
        return counts.max { $0.value < $1.value }?.key ?? 10
    }

    private func update(_ section: inout Section, _ path: [Int], _ change: (inout Section) -> Void) {
        guard let first = path.first else {
            change(&section)
            return
        }
        update(&section.children[first], Array(path.dropFirst()), change)
    }
}

import Foundation
