import Foundation

/// Messages for the user on standard error, one line each.
enum Diagnostics {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("budgetbench: error: \(message)\n".utf8))
    }

    static func note(_ message: String) {
        FileHandle.standardError.write(Data("budgetbench: note: \(message)\n".utf8))
    }

    static func warn(_ message: String) {
        FileHandle.standardError.write(Data("budgetbench: warning: \(message)\n".utf8))
    }
}
