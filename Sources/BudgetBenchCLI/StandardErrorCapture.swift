import Foundation

/// Poppler prints its complaints about a damaged file (`some font thing failed`, `Syntax Error`,
/// often hundreds of lines naming no file) straight to file descriptor 2. While a single-file
/// `extract` reads its document, descriptor 2 points at a temporary file instead, so those lines
/// can be summed up as one warning that names the file.
///
/// Process-wide: only for a command that reads one document on one thread.
enum StandardErrorCapture {
    /// Runs `body` with standard error captured; returns its value and the lines written meanwhile.
    static func capturing<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> (value: T, lines: [String]) {
        var template = Array((FileManager.default.temporaryDirectory.path + "/budgetbench-stderr-XXXXXX").utf8CString)
        let file = mkstemp(&template)
        let saved = dup(STDERR_FILENO)
        guard file >= 0, saved >= 0 else {
            // Nothing to capture into: the messages reach the terminal as before.
            if file >= 0 { close(file) }
            if saved >= 0 { close(saved) }
            return (try body(), [])
        }
        unlink(String(cString: template))
        fflush(nil)
        dup2(file, STDERR_FILENO)
        defer {
            fflush(nil)
            dup2(saved, STDERR_FILENO)
            close(saved)
            close(file)
        }
        let value = try body()
        fflush(nil)
        lseek(file, 0, SEEK_SET)
        let data = FileHandle(fileDescriptor: file, closeOnDealloc: false).readDataToEndOfFile()
        return (value, String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).map(String.init))
    }
}
