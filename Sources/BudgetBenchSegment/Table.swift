import BudgetBenchPDF

/// A table as a reader sees it: title, unit, header and body grid, across all its pages.
public struct Table: Sendable, Codable, Equatable {
    /// `表3`, `公开02表`, or nil when the table has no number line.
    public var number: String?
    /// `支出总表`, `一般公共预算支出表（按功能分类）`; nil when none was found.
    public var title: String?
    /// The unit its amounts are printed in (`元`, `万元`, `千元`, `亿元`), from its unit line.
    public var unit: String?
    /// The `部门名称：…` line, if any.
    public var entityLine: String?
    /// First and last page of the body (1-based).
    public var firstPage: Int
    public var lastPage: Int
    /// Header rows as printed: a merged cell's text stands in its first column, the rest empty.
    public var header: [[String]]
    /// One path per column from the header rows: `2023 年政府采购项目 / 小计`.
    public var headerPaths: [String]
    /// Body rows, one string per column ("" for an empty cell).
    public var body: [[String]]
    /// The page of each body row.
    public var rowPages: [Int]
    /// Merged cells of header and body.
    public var spans: [CellSpan]
    /// The table says it holds no data (`本表无数据`).
    public var isEmpty: Bool
    /// The logical sides of a two- or four-sided table; empty for an ordinary table.
    public var sides: [TableSide]
    /// Where the table's lines lie on each of its pages (points, top-left origin), and the x of the
    /// borders between its columns (and of its outer edges): what `extract --debug` draws.
    public var frames: [TableFrame]
    public var columnEdges: [Double]

    public var columnCount: Int { headerPaths.count }
}

/// The part of a table on one page.
public struct TableFrame: Sendable, Codable, Equatable {
    public var page: Int
    public var box: Box
    /// The y of the border above each of its body rows on the page, in order (points, top-left
    /// origin): midway between the row's text and the text above it, or the row's top where none
    /// is. How the reader grouped the lines into rows, drawn by `extract --debug` also where no
    /// rule is printed.
    public var rowBorders: [Double]
}

/// A cell covering more than one row or column. Rows count header rows first, then body rows.
public struct CellSpan: Sendable, Codable, Equatable {
    public var row: Int
    public var column: Int
    public var rowSpan: Int
    public var columnSpan: Int
}

/// One half (or quarter) of a table printed side by side with others: 收入 | 支出.
public struct TableSide: Sendable, Codable, Equatable {
    /// The group heading, such as `收入`, `人员经费`; empty when the sides are only repeated.
    public var label: String
    /// The columns of the table this side covers.
    public var columns: ClosedRange<Int>
    /// Header path of each of its columns.
    public var headerPaths: [String]
}
