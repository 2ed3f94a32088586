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

    private func openHandle() throws(WorkbookError) -> UnsafeMutablePointer<lxw_workbook>? {
        guard let handle else { throw WorkbookError(file: path, reason: "workbook already closed") }
        return handle
    }
}
