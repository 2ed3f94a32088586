import BudgetBenchExtract
import Foundation
import Testing

/// Members encoded apart and joined give the very bytes one `JSONEncoder` pass prints for the whole.
@Suite struct JSONAssemblyTests {
    struct Cell: Codable {
        var text: String
        var box: [Double]
    }

    struct Page: Codable {
        var number: Int
        var cells: [Cell]
        var notes: [String]
        var empty: [Int]
    }

    struct Whole: Codable {
        var file: String
        var pages: [Page]
        var warnings: [String]
    }

    static let whole = Whole(
        file: "报告/2024年部门预算.pdf",
        pages: [
            Page(number: 1, cells: [Cell(text: "合计", box: [1.5, 2, 30.25, 12]), Cell(text: "line\nbreak \"quoted\"", box: [])],
                 notes: ["注：本表无数据"], empty: []),
            Page(number: 2, cells: [], notes: [], empty: []),
        ],
        warnings: []
    )

    static func encoded(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    @Test func assembledObjectIsTheEncodersOwn() throws {
        let pages = JSONAssembly.array(try Self.whole.pages.map(Self.encoded))
        let assembled = JSONAssembly.object([
            (key: "file", value: try Self.encoded(Self.whole.file)),
            (key: "pages", value: pages),
            (key: "warnings", value: try Self.encoded(Self.whole.warnings)),
        ])
        #expect(String(decoding: assembled, as: UTF8.self) == String(decoding: try Self.encoded(Self.whole), as: UTF8.self))
    }

    @Test func emptyArrayIsTheEncodersOwn() throws {
        #expect(JSONAssembly.array([]) == (try Self.encoded([Int]())))
    }
}
