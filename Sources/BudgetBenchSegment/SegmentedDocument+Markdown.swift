extension SegmentedDocument {
    /// The section tree as headings and paragraphs, then every table as a Markdown table.
    public var markdown: String {
        var out: [String] = []
        if !contents.isEmpty {
            out.append("## 目录\n")
            out += contents.map { "- \($0)" }
            out.append("")
        }
        func write(_ section: Section, depth: Int) {
            if !section.title.isEmpty || section.number != nil {
                let marks = String(repeating: "#", count: min(depth + 1, 6))
                out.append("\(marks) \([section.number, section.title].compactMap { $0 }.joined(separator: " ")) *(p. \(section.page))*\n")
            }
            for paragraph in section.paragraphs {
                out.append(paragraph.text + "\n")
            }
            for child in section.children {
                write(child, depth: depth + 1)
            }
        }
        for section in sections {
            write(section, depth: section.level == 0 ? 0 : 1)
        }
        for (index, table) in tables.enumerated() {
            out.append(table.markdown(index: index + 1))
        }
        return out.joined(separator: "\n") + "\n"
    }
}

extension Table {
    /// The table as a Markdown heading and pipe table; header paths are the column heads.
    func markdown(index: Int) -> String {
        let name = [number, title].compactMap { $0 }.joined(separator: " ")
        var facts = ["pages \(firstPage)–\(lastPage)"]
        if let unit { facts.append("单位：\(unit)") }
        if isEmpty { facts.append("no data") }
        if !sides.isEmpty { facts.append("sides: " + sides.map { $0.label.isEmpty ? "\($0.columns)" : $0.label }.joined(separator: " | ")) }
        let escape = { (text: String) in text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }
        var lines = ["### Table \(index): \(name.isEmpty ? "(untitled)" : name) — \(facts.joined(separator: ", "))", ""]
        lines.append("| " + headerPaths.map(escape).joined(separator: " | ") + " |")
        lines.append("|" + String(repeating: " --- |", count: max(headerPaths.count, 1)))
        for row in body {
            lines.append("| " + row.map(escape).joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
