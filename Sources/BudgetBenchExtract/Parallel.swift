import Foundation

// The stages after text extraction (grids, amounts, indicators, facts) are independent per table
// or per part; running them on the cores is what lets one large file use the machine (issue 14).

extension Array where Element: Sendable {
    /// The transform of every element, computed on up to as many threads as there are cores, in
    /// the elements' order.
    public func concurrentMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        let results = Slots<Result>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results.store(index, transform(self[index]))
        }
        return results.values
    }
}

/// Two independent computations, run at the same time when a second core is free.
public func inParallel<First: Sendable, Second: Sendable>(
    _ first: @Sendable () -> First, _ second: @Sendable () -> Second
) -> (First, Second) {
    let one = Slots<First>(count: 1)
    let other = Slots<Second>(count: 1)
    DispatchQueue.concurrentPerform(iterations: 2) { index in
        if index == 0 {
            one.store(0, first())
        } else {
            other.store(0, second())
        }
    }
    return (one.values[0], other.values[0])
}
