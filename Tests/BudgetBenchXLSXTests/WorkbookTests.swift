import BudgetBenchXLSX
import Foundation
import Testing
import TestSupport

/// The libxlsxwriter wrapper writes what it is given, and reports failures as `WorkbookError`.
@Suite struct WorkbookTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bb-xlsx-\(UUID().uuidString)")

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// One part of the written package, read with `unzip`.
    func part(_ name: String, of path: String) throws -> String {
        let unzip = try #require(Command.which("unzip"), "unzip is needed to read the workbook back")
        return try Command.run(unzip, ["-p", path, name]).standardOutput
    }

    @Test func writesTextAndExactAmounts() throws {
        let path = folder.appendingPathComponent("amounts.xlsx").path
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet(named: "功能分类")
        try sheet.write("一般公共服务支出", row: 0, column: 0)
        try sheet.write(Decimal(string: "3258.45")!, row: 0, column: 1)
        try sheet.setWidth(24, columns: 0...0)
        try workbook.close()

        #expect(try part("xl/workbook.xml", of: path).contains("name=\"功能分类\""))
        #expect(try part("xl/sharedStrings.xml", of: path).contains("一般公共服务支出"))
        #expect(try part("xl/worksheets/sheet1.xml", of: path).contains("<v>3258.45</v>"))
    }

    /// The double written is the one nearest the decimal, so its shortest text (what openpyxl,
    /// pandas and Excel show) is the decimal again; NSDecimalNumber's doubleValue would store
    /// 9101.677534999999. libxlsxwriter prints 16 significant digits, so the file's text is
    /// read back as a double before comparing.
    @Test func writesDecimalsWithoutFloatNoise() throws {
        let path = folder.appendingPathComponent("noise.xlsx").path
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet(named: "Sheet")
        for (row, text) in ["9101.677535", "0.1", "18976.7551", "0.534031"].enumerated() {
            try sheet.write(Decimal(string: text)!, row: row, column: 0)
        }
        try workbook.close()
        let xml = try part("xl/worksheets/sheet1.xml", of: path)
        let stored = xml.matches(of: /<v>([^<]+)<\/v>/).map { Double(String($0.output.1)).map { String($0) } }
        #expect(stored == ["9101.677535", "0.1", "18976.7551", "0.534031"])
    }

    /// Shading covers exactly the cells given, with the colours given, lowest first.
    @Test func shadesOnlyTheGivenCells() throws {
        let path = folder.appendingPathComponent("shade.xlsx").path
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet(named: "Sheet")
        for column in 0..<4 {
            try sheet.write(Decimal(column), row: 2, column: column)
        }
        try sheet.shade([(2, 0), (2, 1), (2, 3)], with: .colorScale(lowest: 0x63BE7B, middle: 0xFFEB84, highest: 0xF8696B))
        try sheet.shade([(4, 27)], with: .dataBar(0x9DC3E6))
        try workbook.close()
        let xml = try part("xl/worksheets/sheet1.xml", of: path)
        #expect(xml.contains("<conditionalFormatting sqref=\"A3 B3 D3\">"))
        #expect(xml.range(of: "FF63BE7B.*FFFFEB84.*FFF8696B", options: .regularExpression) != nil)
        #expect(xml.contains("<conditionalFormatting sqref=\"AB5\"><cfRule type=\"dataBar\""))
    }

    @Test func duplicateSheetNameIsAnError() throws {
        let workbook = try Workbook(path: folder.appendingPathComponent("dup.xlsx").path)
        _ = try workbook.addWorksheet(named: "概览")
        #expect(throws: WorkbookError.self) { try workbook.addWorksheet(named: "概览") }
    }

    @Test func unwritableFolderFailsOnClose() throws {
        let path = folder.appendingPathComponent("missing/sub/out.xlsx").path
        let workbook = try Workbook(path: path)
        _ = try workbook.addWorksheet(named: "Sheet")
        #expect(throws: WorkbookError.self) { try workbook.close() }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func droppedWorkbookWritesNothing() throws {
        let path = folder.appendingPathComponent("dropped.xlsx").path
        do {
            let workbook = try Workbook(path: path)
            _ = try workbook.addWorksheet(named: "Sheet")
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
