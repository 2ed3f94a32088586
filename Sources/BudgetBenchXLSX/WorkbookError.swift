/// A workbook that could not be written, with libxlsxwriter's reason.
public struct WorkbookError: Error, Equatable, CustomStringConvertible {
    /// The file being written.
    public let file: String
    public let reason: String

    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }

    public var description: String { "\(file): cannot write workbook (\(reason))" }
}
