import BudgetBenchExtract
import BudgetBenchPDF
import Testing
import TestSupport

/// Each file of Corpus/bad/ is rejected with its own reason, never a crash.
@Suite struct BadInputTests {
    @Test(arguments: [
        ("empty.pdf", PDFError.Reason.emptyFile),
        ("not-a-pdf.pdf", .notPDF),
        ("truncated.pdf", .truncated),
        ("encrypted.pdf", .encrypted),
        ("no-such-file.pdf", .missingFile),
    ])
    func rejected(name: String, reason: PDFError.Reason) {
        let path = Repository.bad(name)
        #expect(throws: PDFError(file: path, reason: reason)) {
            try ExtractedDocument.read(path: path)
        }
    }

    @Test func encryptedWithTheWrongPassword() {
        let path = Repository.bad("encrypted.pdf")
        #expect(throws: PDFError(file: path, reason: .wrongPassword)) {
            try ExtractedDocument.read(path: path, password: "wrong")
        }
    }

    @Test func encryptedWithItsPassword() throws {
        let document = try ExtractedDocument.read(path: Repository.bad("encrypted.pdf"), password: "budgetbench")
        #expect(document.pageCount == 2)
        #expect(document.plainText.contains("部门预算"))
    }

    @Test func imageOnlyPageIsReportedNotFatal() throws {
        let path = Repository.bad("image-only.pdf")
        let document = try ExtractedDocument.read(path: path)
        #expect(document.pages.count == 1)
        #expect(document.pages[0].hasTextLayer == false)
        #expect(document.warnings == ["\(path): page 1: no text layer (a scanned image?); nothing extracted"])
    }

    @Test func folderIsNotAFile() {
        let path = Repository.root.appendingPathComponent("Corpus").path
        #expect(throws: PDFError(file: path, reason: .notAFile)) {
            try ExtractedDocument.read(path: path)
        }
    }
}
