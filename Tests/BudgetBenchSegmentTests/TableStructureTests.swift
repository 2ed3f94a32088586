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
