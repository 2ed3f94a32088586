import BudgetBenchExtract
import BudgetBenchSegment
import Testing
import TestSupport

/// The section tree, contents and running lines of the reference reports.
@Suite struct SectionTests {
    static func segmented(_ report: String) throws -> SegmentedDocument {
        Segmenter().segment(try ExtractedDocument.read(path: Repository.report(report), rulings: true).pages)
    }

    static func flattened(_ sections: [Section]) -> [Section] {
        sections.flatMap { [$0] + flattened($0.children) }
    }

    @Test func contentsAreNotTakenForSections() throws {
        let document = try Self.segmented("longgang-2023-budget")
        #expect(document.contents.contains("第一部分 部门概况"))
        #expect(document.contents.contains("(十二) 单位整体支出绩效目标表"))
        let parts = Self.flattened(document.sections).filter { $0.number == "第一部分" }
        #expect(parts.count == 1)
        #expect(parts.first?.page == 2)
    }

    @Test func headingsNestByNumbering() throws {
        let document = try Self.segmented("longgang-2023-budget")
        let part = try #require(document.sections.first { $0.title == "部门概况" })
        #expect(part.level == 1)
        #expect(part.children.map(\.title).prefix(3) == ["部门职责", "机构设置情况", "2023 年主要工作目标"])
        let duties = try #require(part.children.first)
        #expect(duties.paragraphs.first?.text.hasPrefix("深圳市龙岗区财政国库支付中心为深圳市龙岗区财政局下属的公益一类事业单位。中心贯彻落实党中央") == true)
    }

    @Test func runningHeadersAndPageNumbersLeaveTheBody() throws {
        let document = try Self.segmented("yangquan-2023-final-account")
        let paragraphs = Self.flattened(document.sections).flatMap(\.paragraphs).map(\.text)
        #expect(!paragraphs.isEmpty)
        #expect(!paragraphs.contains { $0.contains("仅供内部审核") })
        #expect(!paragraphs.contains { $0.wholeMatch(of: #/-\s*\d+\s*-/#) != nil })
    }

    @Test func emptyTablesAreKeptAndMarked() throws {
        let document = try Self.segmented("longgang-2023-budget")
        let fund = try #require(document.tables.first { $0.number == "表10" })
        #expect(fund.title == "政府性基金预算支出表")
        #expect(fund.isEmpty)
        #expect(fund.unit == "元")
    }

    @Test func emptyMarkOnTheNextPageCounts() throws {
        let tables = try Self.segmented("yangquan-2023-final-account").tables
        let empty = tables.filter(\.isEmpty).compactMap(\.number)
        #expect(empty == ["公开07表", "公开08表", "公开09表"])
    }
}
