import BudgetBenchPDF
import Foundation

/// The results of a document's page chunks, each stored once by the thread that read it.
///
/// `@unchecked Sendable`: every slot is written by exactly one thread under the lock, and read
/// only after all threads have finished.
final class ChunkResults: @unchecked Sendable {
    typealias Chunk = Result<(pages: [PageText], skipped: [ExtractedDocument.SkippedPage]), PDFError>
    private let lock = NSLock()
    private var slots: [Chunk?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func store(_ index: Int, _ result: Chunk) {
        lock.withLock { slots[index] = result }
    }

    var values: [Chunk] { lock.withLock { slots.compactMap { $0 } } }
}
