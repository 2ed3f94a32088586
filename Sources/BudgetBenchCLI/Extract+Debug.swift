import ArgumentParser
import BudgetBenchDebug
import BudgetBenchExtract
import BudgetBenchIngest
import BudgetBenchPDF
import Foundation

extension Extract {
    /// `--debug PAGES`: the whole file is read (tables run over pages), then each chosen page is
    /// drawn with what was found on it.
    func drawPages(_ list: String, of file: String, into folder: String) throws {
        do {
            let report = try ParsedReport.read(path: file, password: password, catalogs: try catalogs.load())
            report.document.warnings.forEach { Diagnostics.warn($0) }
            let document = try PDFDocument(path: file, password: password)
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            let overlay = PageOverlay(report: report)
            let selection = PageSelection(list) ?? .all
            for page in try selection.pageNumbers(pageCount: report.document.pageCount, file: file) {
                let target = URL(fileURLWithPath: folder).appendingPathComponent("\(name)-p\(page).png").path
                try overlay.write(page: page, of: document, to: target)
                Diagnostics.note("wrote \(target)")
            }
        } catch let error as PDFError {
            Diagnostics.error(error.description)
            throw ExitCode(2)
        }
    }
}
