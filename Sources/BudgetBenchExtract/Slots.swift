import Foundation

/// One result per task of a parallel loop, each stored once by the thread that computed it.
///
/// `@unchecked Sendable`: every slot is written by exactly one thread under the lock, and read
/// only after all threads have finished.
final class Slots<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func store(_ index: Int, _ value: Value) {
        lock.withLock { slots[index] = value }
    }

    /// Every stored value, in task order; call after the loop has finished.
    var values: [Value] {
        lock.withLock {
            slots.map { slot in
                guard let slot else { preconditionFailure("every task of the loop stores its slot before the loop returns") }
                return slot
            }
        }
    }
}
