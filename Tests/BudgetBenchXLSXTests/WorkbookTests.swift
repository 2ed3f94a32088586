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
