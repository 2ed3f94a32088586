internal import CPoppler

extension PDFError.Reason {
    /// Takes ownership of a GError poppler handed back and frees it.
    ///
    /// - Parameter passwordGiven: tells a missing password from a wrong one, which poppler
    ///   reports with the same code.
    static func consuming(_ error: UnsafeMutablePointer<GError>?, passwordGiven: Bool) -> PDFError.Reason {
        guard let error else { return .damaged("poppler gave no reason") }
        defer { g_error_free(error) }
        if UInt32(bitPattern: error.pointee.code) == POPPLER_ERROR_ENCRYPTED.rawValue {
            return passwordGiven ? .wrongPassword : .encrypted
        }
        let message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
        return .damaged(message)
    }
}
