import BudgetBenchExtract
import BudgetBenchSegment
import Testing
import TestSupport

/// Header paths, page continuation, two-sided tables and merged cells of the reference reports.
@Suite struct TableStructureTests {
    static func tables(_ report: String) throws -> [Table] {
        Segmenter().segment(try ExtractedDocument.read(path: Repository.report(report), rulings: true).pages).tables
    }

    static func compact(_ text: String) -> String {
        text.filter { !$0.isWhitespace }
    }

    @Test func groupedHeaderBecomesOnePathPerColumn() throws {
        let table = try #require(try Self.tables("longgang-2023-budget").first { $0.number == "表3" })
        #expect(table.headerPaths.count == 9)
        #expect(Self.compact(table.headerPaths[7]) == "2023年政府采购项目/其中：面向中小企业政府采购项目")
        #expect(Self.compact(table.headerPaths[3]) == "支出总计")
    }

    @Test func tableOverAPageBreakIsOneTable() throws {
        let table = try #require(try Self.tables("longgang-2023-budget").first { $0.number == "表3" })
        #expect((table.firstPage, table.lastPage) == (9, 10))
        #expect(table.body.count == 17)
        #expect(table.body.last?[1] == "2210203")
        #expect(!table.body.contains { $0.contains("科目编码") })
    }

    /// The row borders `extract --debug` draws lie on the rules the page prints between the rows
    /// of a ruled table, one above each body row (the first row of page 10 has its own top: the
    /// repeated header above it is left out of the table).
    @Test func rowBordersLieOnThePrintedRules() throws {
        let pages = try ExtractedDocument.read(path: Repository.report("longgang-2023-budget"), rulings: true).pages
        let table = try #require(Segmenter().segment(pages).tables.first { $0.number == "表3" })
        for frame in table.frames {
            let rules = try #require(pages.first { $0.number == frame.page }).rulings.filter(\.isHorizontal).map(\.position)
            let rows = table.rowPages.filter { $0 == frame.page }.count
            #expect(frame.rowBorders.count == rows, "page \(frame.page): \(frame.rowBorders.count) borders for \(rows) rows")
            #expect(frame.rowBorders == frame.rowBorders.sorted())
            for border in frame.rowBorders.dropFirst(frame.page == table.firstPage ? 0 : 1) {
                let nearest = rules.map { abs($0 - border) }.min() ?? .infinity
                #expect(nearest < 3, "page \(frame.page): border at \(border) is \(nearest) pt from a printed rule")
            }
        }
    }

    @Test func twoAndFourSidedTablesExposeTheirSides() throws {
        let tables = try Self.tables("yangquan-2023-final-account")
        let total = try #require(tables.first { $0.number == "公开01表" })
        #expect(total.sides.map(\.label) == ["收入", "支出"])
        #expect(total.sides.map(\.columns) == [0...2, 3...5])
        let basic = try #require(tables.first { $0.number == "公开06表" })
        #expect(basic.sides.count == 4)
        #expect(basic.sides.first?.label == "人员经费")
    }

    @Test func mergedLevelCellsAreSpans() throws {
        let table = try #require(try Self.tables("dapeng-2021-project-evaluation").first { $0.number == "表2" })
        #expect(table.body.first?.first == "产出指标")
        let output = try #require(table.spans.first { $0.column == 0 && $0.row == table.header.count })
        #expect(output.rowSpan >= 8)
    }
}
