import Foundation
internal import CPoppler

/// The SHA-256 of a file's bytes, through GLib's `GChecksum` (GLib comes with poppler-glib).
public enum FileDigest {
    /// Bytes read at a time, so a large file is never held in memory whole.
    static let chunkSize = 1 << 20

    /// The lowercase hex SHA-256 of the file at `path`, or nil when it cannot be read.
    public static func sha256(path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let checksum = g_checksum_new(G_CHECKSUM_SHA256) else { return nil }
        defer { g_checksum_free(checksum) }
        while true {
            let chunk: Data?
            do {
                chunk = try handle.read(upToCount: chunkSize)
            } catch {
                return nil
            }
            // nil or empty: the end of the file.
            guard let chunk, !chunk.isEmpty else { break }
            chunk.withUnsafeBytes { bytes in
                g_checksum_update(checksum, bytes.bindMemory(to: guchar.self).baseAddress, gssize(bytes.count))
            }
        }
        // The string belongs to the checksum and is freed with it.
        guard let hex = g_checksum_get_string(checksum) else { return nil }
        return String(cString: hex)
    }
}
