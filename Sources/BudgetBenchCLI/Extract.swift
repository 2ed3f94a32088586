import ArgumentParser
import BudgetBenchExtract
import BudgetBenchIngest
import BudgetBenchNormalize
import BudgetBenchPDF
import BudgetBenchSegment
import Foundation

/// `budgetbench extract`: the text of PDFs as physical lines of words.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract the text of PDF files as physical lines of words.",
        discussion: """
            With one file and no --output-dir, writes to standard output. With --output-dir, writes \
            DIR/<name>.txt or .json for each file and goes on past files that cannot be read. \
            Exits with status 2 when any file could not be read.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, markdown

        var fileExtension: String {
            switch self {
            case .text: "txt"
            case .json: "json"
            case .markdown: "md"
            }
        }
    }

    @Argument(help: "The PDF files to read.")
    var files: [String]

    @Option(help: "Output format: text (tab between columns, form feed between pages), json (pages → lines → words with boxes, plus sections and tables) or markdown (sections and tables).")
    var format: Format = .text

    @Option(help: "Pages to read, e.g. 2-5 or 1,3,7-.", transform: { text in
        guard let selection = PageSelection(text) else {
            throw ValidationError("'\(text)' is not a page list such as 3, 2-5 or 1,4-6")
        }
        return selection
    })
    var pages: PageSelection = .all

    @Option(help: "Password of encrypted files.")
    var password: String?

    @OptionGroup var catalogs: CatalogOptions

    @Option(help: "Write one output file per input into this folder instead of standard output.")
    var outputDir: String?

    func validate() throws {
        if outputDir == nil, files.count > 1 {
            throw ValidationError("several files need --output-dir")
        }
    }

    func run() throws {
        var failures = 0
        // Read once for the whole batch; only the model needs them.
        let catalogs = format == .json ? try self.catalogs.load() : nil
        for file in files {
            do {
                let document = try ExtractedDocument.read(path: file, password: password, pages: pages, rulings: format != .text)
                document.warnings.forEach { Diagnostics.warn($0) }
                let rendered = try render(document, catalogs: catalogs)
                if let outputDir {
                    try write(rendered, for: file, into: outputDir)
                } else {
                    FileHandle.standardOutput.write(rendered)
                }
            } catch let error as PDFError {
                Diagnostics.error(error.description)
                failures += 1
            }
        }
        if failures > 0 {
            throw ExitCode(2)
        }
    }

    private func render(_ document: ExtractedDocument, catalogs: Catalogs?) throws -> Data {
        switch format {
        case .text:
            return Data(document.plainText.utf8)
        case .json:
            guard let catalogs else { preconditionFailure("run() loads the catalogs for JSON") }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let parsed = ParsedReport(document: document, catalogs: catalogs)
            return try encoder.encode(ExtractionOutput(document: document, segmented: parsed.segmented, model: parsed.model)) + Data("\n".utf8)
        case .markdown:
            return Data(Segmenter().segment(document.pages).markdown.utf8)
        }
    }

    /// Writes through a temporary file so an interrupted run never leaves half an output.
    private func write(_ data: Data, for file: String, into folder: String) throws {
        let folderURL = URL(fileURLWithPath: folder, isDirectory: true)
        try FileManager.default.createDirectory(at: folderURL, withIntermediateDirectories: true)
        let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        let target = folderURL.appendingPathComponent(name).appendingPathExtension(format.fileExtension)
        try data.write(to: target, options: .atomic)
    }
}
