import Foundation
internal import CXlsxWriter

/// An XLSX workbook being written, owning its `lxw_workbook`.
///
/// Nothing reaches the disk until `close()`; a workbook dropped without closing is freed
/// and leaves no file behind.
public final class Workbook {
    /// Where the workbook is written.
    public let path: String

    private var handle: UnsafeMutablePointer<lxw_workbook>?
    /// Formats made so far, by style.
    var formats: [CellStyle: UnsafeMutablePointer<lxw_format>] = [:]

    /// Starts a workbook that `close()` writes to `path`.
    public init(path: String) throws(WorkbookError) {
        // The workbook is ours until workbook_close, which frees it, or lxw_workbook_free in deinit.
        guard let workbook = workbook_new(path) else {
            throw WorkbookError(file: path, reason: "libxlsxwriter could not create the workbook")
        }
        handle = workbook
        self.path = path
    }

    deinit {
        if let handle {
            lxw_workbook_free(handle)
        }
    }

    /// Adds a worksheet named `name` (at most 31 characters, no `[]:*?/\`).
    public func addWorksheet(named name: String) throws(WorkbookError) -> Worksheet {
        guard let workbook = try openHandle(), let sheet = workbook_add_worksheet(workbook, name) else {
            throw WorkbookError(file: path, reason: "invalid or duplicate worksheet name '\(name)'")
        }
        // The worksheet belongs to the workbook; the Worksheet keeps the workbook alive.
        return Worksheet(handle: sheet, workbook: self)
    }

    /// Writes the file and releases the workbook.
    public func close() throws(WorkbookError) {
        guard let workbook = try openHandle() else { return }
        handle = nil
        let result = workbook_close(workbook)
        try check(result)
    }

    func check(_ result: lxw_error) throws(WorkbookError) {
        guard result == LXW_NO_ERROR else {
            throw WorkbookError(file: path, reason: String(cString: lxw_strerror(result)))
        }
    }

    /// Adds a chart to place on a sheet.
    public func addChart(_ kind: Chart.Kind) throws(WorkbookError) -> Chart {
        guard let workbook = try openHandle(), let chart = workbook_add_chart(workbook, kind.type) else {
            throw WorkbookError(file: path, reason: "cannot add a chart")
        }
        return Chart(handle: chart, workbook: self, kind: kind)
    }

    /// Sets the document properties Excel shows under File → Info (libxlsxwriter copies the strings).
    public func setProperties(title: String, subject: String, author: String, comments: String) throws(WorkbookError) {
        guard let workbook = try openHandle() else { return }
        var title = Array(title.utf8CString), subject = Array(subject.utf8CString)
        var author = Array(author.utf8CString), comments = Array(comments.utf8CString)
        let result = title.withUnsafeMutableBufferPointer { title in
            subject.withUnsafeMutableBufferPointer { subject in
                author.withUnsafeMutableBufferPointer { author in
                    comments.withUnsafeMutableBufferPointer { comments in
                        var properties = lxw_doc_properties()
                        properties.title = title.baseAddress
                        properties.subject = subject.baseAddress
                        properties.author = author.baseAddress
                        properties.comments = comments.baseAddress
                        return workbook_set_properties(workbook, &properties)
                    }
                }
            }
        }
        try check(result)
    }

    func openHandle() throws(WorkbookError) -> UnsafeMutablePointer<lxw_workbook>? {
        guard let handle else { throw WorkbookError(file: path, reason: "workbook already closed") }
        return handle
    }
}
