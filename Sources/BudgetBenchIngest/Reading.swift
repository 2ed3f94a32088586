import BudgetBenchNormalize
import BudgetBenchPDF
import BudgetBenchStore

/// One file read in a child task of a batch: hashed, compared with what is stored, parsed.
struct Reading: Sendable {
    struct Failure: Sendable {
        var reason: String
        var page: Int?
    }

    enum Result: Sendable {
        case unchanged
        case parsed(ParsedReport, sha256: String)
        case failed(Failure)
    }

    let path: String
    let sha256: String?
    let result: Result

    init(path: String, stored: StoredVersion?, catalogs: Catalogs) {
        self.path = path
        sha256 = FileDigest.sha256(path: path)
        if let sha256, stored == StoredVersion(sha256: sha256, parserVersion: ParsedReport.parserVersion) {
            result = .unchanged
            return
        }
        do {
            let report = try ParsedReport.read(path: path, catalogs: catalogs)
            if let sha256, report.document.pages.contains(where: \.hasTextLayer) {
                result = .parsed(report, sha256: sha256)
            } else if sha256 == nil {
                result = .failed(Failure(reason: "cannot read the file's bytes", page: nil))
            } else {
                result = .failed(Failure(reason: "no text layer on any page (a scanned image?); nothing to store", page: nil))
            }
        } catch {
            result = .failed(Failure(reason: error.reason.message, page: error.page))
        }
    }
}
