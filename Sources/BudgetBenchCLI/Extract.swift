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
        commandName: "extract",
        abstract: "Extract the text of PDF files as physical lines of words.",
        discussion: """
            With one file and no --output-dir, writes to standard output. With --output-dir, writes \
            DIR/<name>.txt or .json for each file and goes on past files that cannot be read; with \
            several files each is read in its own process, so one that crashes or hangs (--timeout) \
            costs only its own output. Two inputs of the same name are written as <name>.json and \
            <name>-2.json. Exits with status 2 when any file could not be read.
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

    @Option(help: "Pages to read, e.g. 2-5 or 1,3,7-.")
    var pages: String?

    @Option(help: "Password of encrypted files.")
    var password: String?

    @OptionGroup var catalogs: CatalogOptions

    @Option(help: "Write one output file per input into this folder instead of standard output.")
    var outputDir: String?

    @Option(help: "Seconds one file may take when several are read.")
    var timeout: Double = 120

    @Option(help: .hidden)
    var outputName: String?

    @Option(help: "Pages to draw, e.g. 3 or 2-5: DIR/<name>-p<N>.png with the rulings, tables, column borders and header paths found drawn over each (needs --output-dir).")
    var debug: String?

    func validate() throws {
        if outputDir == nil, files.count > 1 {
            throw ValidationError("several files need --output-dir")
        }
        for list in [pages, debug].compactMap({ $0 }) where PageSelection(list) == nil {
            throw ValidationError("'\(list)' is not a page list such as 3, 2-5 or 1,4-6")
        }
        if debug != nil, outputDir == nil || files.count != 1 {
            throw ValidationError("--debug draws the pages of one file into --output-dir DIR")
        }
    }

    func run() throws {
        if files.count > 1, let outputDir {
            let failures = ExtractBatch(arguments: sharedArguments, outputDir: outputDir, timeout: timeout).run(files, fileExtension: format.fileExtension)
            if failures > 0 {
                throw ExitCode(2)
            }
            return
        }
        guard let file = files.first else { return }
        if let debug, let outputDir {
            try drawPages(debug, of: file, into: outputDir)
            return
        }
        // Decoding the bundled catalogs is a fixed cost per process: it runs while the pages are
        // read. A user's own centers file is read first, so a bad one stops the run before any page.
        let options = self.catalogs
        let loaded = format == .json && options.centerAliases != nil ? try options.load() : nil
        let catalogs = format == .json ? Background { try loaded ?? options.load() } : nil
        do {
            let selection = pages.flatMap(PageSelection.init) ?? .all
            let document = try ExtractedDocument.read(path: file, password: password, pages: selection, rulings: format != .text,
                                                      threads: ProcessInfo.processInfo.activeProcessorCount)
            document.warnings.forEach { Diagnostics.warn($0) }
            let rendered = try render(document, catalogs: catalogs)
            if let outputDir {
                try write(rendered, for: file, into: outputDir)
            } else {
                FileHandle.standardOutput.write(rendered)
            }
        } catch let error as PDFError {
            let hint = error.reason == .encrypted ? " (give it with --password)" : ""
            Diagnostics.error(error.description + hint)
            throw ExitCode(2)
        } catch let error as OutputError {
            Diagnostics.error(error.description)
            throw ExitCode(2)
        }
    }

    /// The options every file of a batch is read with, for its own process.
    private var sharedArguments: [String] {
        ["--format", format.rawValue] + (pages.map { ["--pages", $0] } ?? []) + (password.map { ["--password", $0] } ?? [])
            + catalogs.arguments
    }

    private func render(_ document: ExtractedDocument, catalogs: Background<Catalogs>?) throws -> Data {
        switch format {
        case .text:
            return Data(document.plainText.utf8)
        case .json:
            guard let catalogs else { preconditionFailure("run() loads the catalogs for JSON") }
            let pages = Background { try ExtractionOutput.pages(document.pages) }
            let parsed = ParsedReport(document: document, catalogs: try catalogs.value)
            return try ExtractionOutput(document: document, segmented: parsed.segmented, model: parsed.model).json(pages: try pages.value)
                + Data("\n".utf8)
        case .markdown:
            return Data(Segmenter().segment(document.pages).markdown.utf8)
        }
    }

    /// Writes through a temporary file so an interrupted run never leaves half an output.
    private func write(_ data: Data, for file: String, into folder: String) throws(OutputError) {
        let folderURL = URL(fileURLWithPath: folder, isDirectory: true)
        let name = outputName ?? URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        let target = folderURL.appendingPathComponent(name).appendingPathExtension(format.fileExtension)
        do {
            try FileManager.default.createDirectory(at: folderURL, withIntermediateDirectories: true)
            try data.write(to: target, options: .atomic)
        } catch {
            throw OutputError(file: file, target: target.path, underlying: error)
        }
    }
}

/// An output file that could not be written, said in one line.
struct OutputError: Error, CustomStringConvertible {
    let file: String
    let target: String
    let underlying: any Error

    var description: String {
        let cause = (underlying as NSError).userInfo[NSUnderlyingErrorKey].map { ($0 as? NSError)?.localizedDescription ?? "\($0)" }
        return "\(file): cannot write \(target) (\(cause ?? underlying.localizedDescription))"
    }
}
