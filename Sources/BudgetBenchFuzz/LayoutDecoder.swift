import BudgetBenchExtract
import BudgetBenchPDF

/// Turns fuzzer bytes into pages of lines of words as the extractor makes them, so the fuzzer
/// explores layouts rather than byte soup: words of a line left to right without overlap, lines
/// top to bottom, boxes of positive size, texts from `Alphabet`, and some rulings (table borders).
/// Every byte steers one choice; past the end every choice reads 0.
struct LayoutDecoder {
    static let maximumPages = 3
    static let maximumLines = 48
    static let maximumRulings = 24
    static let pageSizes: [(Double, Double)] = [(595.3, 841.9), (841.9, 595.3), (1190.6, 841.9)]

    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    private mutating func next() -> Int {
        defer { position += 1 }
        return position < bytes.count ? Int(bytes[position]) : 0
    }

    private mutating func next(below bound: Int) -> Int { next() % bound }

    mutating func pages() -> [PageText] {
        (1...(1 + next(below: Self.maximumPages))).map { page($0) }
    }

    /// A page sets out a grid of columns; each line is a table row on that grid (cells at the
    /// column starts, some left empty, some a little off), or a free line of text at the margin,
    /// so the table finder sees rows it would accept as well as prose.
    private mutating func page(_ number: Int) -> PageText {
        let (width, height) = Self.pageSizes[next(below: Self.pageSizes.count)]
        let columnWidth = 50.0 + Double(next(below: 100))
        let columns = (0...next(below: 8)).map { 40.0 + Double($0) * columnWidth }.filter { $0 < width - 20 }
        var lines: [TextLine] = []
        var y = 20.0 + Double(next(below: 60))
        for _ in 0..<next(below: Self.maximumLines + 1) {
            let size = 7.0 + Double(next(below: 10))
            guard y + size < height else { break }
            let line = next(below: 4) < 3
                ? row(top: y, size: size, columns: columns, pageWidth: width)
                : freeLine(top: y, size: size, pageWidth: width)
            if let line { lines.append(line) }
            // Most lines follow at a line's height or more; a small step makes near-touching lines.
            y += size * (next(below: 4) == 0 ? 1.05 : 1.4) + Double(next(below: 24))
        }
        var rulings: [Ruling] = []
        for _ in 0..<next(below: Self.maximumRulings + 1) {
            rulings.append(ruling(width: width, height: height))
        }
        return PageText(number: number, width: width, height: height, rotation: 0, lines: lines, rulings: rulings)
    }

    private mutating func word(at x: Double, top: Double, size: Double, from list: [String] = Alphabet.words) -> Word {
        let text = list[next(below: list.count)]
        let width = Double(text.count) * size * (text.allSatisfy(\.isASCII) ? 0.55 : 1)
        return Word(text: text, box: Box(x0: x, y0: top, x1: x + width, y1: top + size),
                    fontName: next(below: 5) == 0 ? "SimHei-Bold" : "SimSun", fontSize: size)
    }

    /// A row is any words, or a header row, or a coded row (code, name, figures) as the budget
    /// tables print them, so the normalizer gets amounts to read. Cells stand at the column starts
    /// (shifted by up to 3 pt), each kept only if it ends before the next begins, as the
    /// extractor's words never overlap; nil when every cell was left empty.
    private mutating func row(top: Double, size: Double, columns: [Double], pageWidth: Double) -> TextLine? {
        var words: [Word] = []
        let kind = next(below: 4)
        for (index, column) in columns.enumerated() where next(below: 5) != 0 {
            let list = switch (kind, index) {
            case (0, _): Alphabet.words
            case (1, _): Alphabet.headers
            case (_, 0): Alphabet.codes
            case (_, 1): Alphabet.words
            default: Alphabet.figures
            }
            let candidate = word(at: column + Double(next(below: 4)), top: top, size: size, from: list)
            if let last = words.last, candidate.box.x0 - last.box.x1 < size * 0.2 { continue }
            guard candidate.box.x1 < pageWidth else { break }
            words.append(candidate)
        }
        return words.isEmpty ? nil : TextLine(words: words, columnGapWidth: ExtractionSettings.defaultColumnGap * size)
    }

    /// One to three words from the left margin, a word gap apart: a heading, a title or prose.
    private mutating func freeLine(top: Double, size: Double, pageWidth: Double) -> TextLine {
        var words = [word(at: 40 + Double(next(below: 200)), top: top, size: size)]
        for _ in 0..<next(below: 3) {
            let candidate = word(at: words[words.count - 1].box.x1 + size * 0.2, top: top, size: size)
            guard candidate.box.x1 < pageWidth else { break }
            words.append(candidate)
        }
        return TextLine(words: words, columnGapWidth: ExtractionSettings.defaultColumnGap * size)
    }

    private mutating func ruling(width: Double, height: Double) -> Ruling {
        let horizontal = next(below: 2) == 0
        let along0 = Double(next() * 4), along1 = along0 + 18 + Double(next() * 4)
        let across = Double(next() * 4) + Double(next(below: 4))
        let box = horizontal
            ? Box(x0: min(along0, width), y0: min(across, height), x1: min(along1, width), y1: min(across + 0.5, height))
            : Box(x0: min(across, width), y0: min(along0, height), x1: min(across + 0.5, width), y1: min(along1, height))
        return Ruling(box: box, isHorizontal: horizontal)
    }
}
