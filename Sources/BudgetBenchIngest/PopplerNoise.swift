/// What poppler printed on standard error while one document was read (font and syntax
/// complaints, often thousands of lines), summed up as a warning or two for the document.
public struct PopplerNoise {
    /// Distinct messages quoted before the rest is only counted.
    static let quoted = 3

    let lines: [String]
    let file: String

    public init(lines: [String], file: String) {
        self.lines = lines
        self.file = file
    }

    /// Nothing when poppler said nothing, else one line naming the file.
    public var warnings: [String] {
        guard !lines.isEmpty else { return [] }
        var distinct: [String] = []
        for line in lines where !distinct.contains(line) {
            distinct.append(line)
            if distinct.count == Self.quoted { break }
        }
        let examples = distinct.map { "“\($0.prefix(120))”" }.joined(separator: ", ")
        return ["\(file): poppler reported \(lines.count) problem\(lines.count == 1 ? "" : "s") while reading, e.g. \(examples)"]
    }
}
