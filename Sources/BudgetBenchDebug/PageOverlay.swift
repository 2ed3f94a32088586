import BudgetBenchExtract
import BudgetBenchIngest
import BudgetBenchNormalize
import BudgetBenchPDF
import BudgetBenchSegment

/// What the reader found on a page, drawn over the page itself (as pdfplumber's
/// `debug_tablefinder` does): red rulings, each table's frame in blue with its number and title,
/// its column borders in green and the borders of its body rows in orange (where the reader put
/// them, printed rule or not), and over each column its header path or, in an indicator grid,
/// the role the indicator reader gave it (purple). A wrong table or form shows at a glance.
public struct PageOverlay {
    static let ruling = PageImage.Colour(red: 0.9, green: 0.1, blue: 0.1, alpha: 0.8)
    static let frame = PageImage.Colour(red: 0.1, green: 0.3, blue: 0.95)
    static let frameFill = PageImage.Colour(red: 0.1, green: 0.3, blue: 0.95, alpha: 0.06)
    static let column = PageImage.Colour(red: 0.0, green: 0.6, blue: 0.2, alpha: 0.9)
    static let row = PageImage.Colour(red: 0.95, green: 0.55, blue: 0.0, alpha: 0.8)
    static let role = PageImage.Colour(red: 0.65, green: 0.1, blue: 0.65)
    /// Pixels per point: 144 dpi, enough to read 6 pt labels.
    public static let scale = 2.0

    let report: ParsedReport

    public init(report: ParsedReport) {
        self.report = report
    }

    /// Draws page `number` of `document` (the file `report` was read from) and writes it as a PNG.
    public func write(page number: Int, of document: PDFDocument, to path: String) throws(PDFError) {
        let image = try PageImage(page: try document.page(number), scale: Self.scale)
        for ruling in report.document.pages.first(where: { $0.number == number })?.rulings ?? [] {
            image.outline(ruling.box, colour: Self.ruling, width: 0.6)
        }
        for (index, table) in report.segmented.tables.enumerated() {
            for frame in table.frames where frame.page == number {
                draw(table, number: index + 1, frame: frame, on: image)
            }
        }
        try image.writePNG(to: path)
    }

    private func draw(_ table: Table, number: Int, frame: TableFrame, on image: PageImage) {
        let box = frame.box
        image.outline(box, colour: Self.frame, width: 1.2, fill: Self.frameFill)
        for edge in table.columnEdges {
            image.line(from: (edge, box.y0), to: (edge, box.y1), colour: Self.column, width: 0.5)
        }
        let rows = table.rowPages.indices.filter { table.rowPages[$0] == frame.page }
        for (row, border) in zip(rows, frame.rowBorders) {
            // Not across a merged cell that runs on from the row above.
            let merged = Set(table.spans.filter { span in
                span.rowSpan > 1 && span.row < table.header.count + row && table.header.count + row < span.row + span.rowSpan
            }.map(\.column))
            for column in table.columnEdges.indices.dropLast() where !merged.contains(column) {
                image.line(from: (table.columnEdges[column], border), to: (table.columnEdges[column + 1], border), colour: Self.row, width: 0.6)
            }
        }
        let title = "表 \(number)" + (table.title.map { " \($0)" } ?? "") + " · \(table.columnCount) 列 × \(table.body.count) 行"
        image.label(title, at: (box.x0, box.y0 - 2), size: 7, colour: Self.frame)
        // Each column's label sits at its left border, one line per column so long paths stay apart.
        let roles = IndicatorReader.columnRoles(of: table)
        for (column, left) in table.columnEdges.dropLast().enumerated() where column < table.columnCount {
            let text = roles[column].map { "[\($0)]" } ?? table.headerPaths[column]
            guard !text.isEmpty else { continue }
            image.label(String(text.prefix(24)), at: (left + 1, box.y0 + 6 + Double(column % 3) * 6), size: roles[column] == nil ? 5 : 6,
                        colour: roles[column] == nil ? Self.column : Self.role)
        }
    }
}
