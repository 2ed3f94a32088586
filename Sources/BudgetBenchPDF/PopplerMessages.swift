internal import CPDFPaths

/// What poppler complained about while a document was read, caught through its error callback
/// rather than printed (see `Sources/CPDFPaths/Messages.cc` for why it is per process).
public enum PopplerMessages {
    /// Bytes copied of one kept message.
    static let messageLength = 240

    /// Starts a document's collection.
    public static func start() {
        bb_messages_start()
    }

    /// The messages since `start()`: how many, and the first few distinct ones.
    public static func collected() -> (count: Int, examples: [String]) {
        var buffer = [CChar](repeating: 0, count: messageLength)
        let examples = (0..<bb_messages_kept()).map { index in
            _ = bb_messages_copy(index, &buffer, buffer.count)
            return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        return (Int(bb_messages_count()), examples)
    }
}
