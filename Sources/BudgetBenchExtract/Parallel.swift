import Foundation

// The stages after text extraction (grids, amounts, indicators, facts) are independent per table
// or per part; running them on the cores is what lets one large file use the machine (issue 14).

extension Array where Element: Sendable {
    /// The transform of every element, computed on up to as many threads as there are cores, in
    /// the elements' order; when transforms throw, every element is still transformed and the
    /// error of the first failing one (in order) is thrown.
    public func concurrentMap<Transformed: Sendable, Failure: Error>(
        _ transform: @Sendable (Element) throws(Failure) -> Transformed
    ) throws(Failure) -> [Transformed] {
        guard count > 1 else { return try map(transform) }
        let results = Slots<Result<Transformed, Failure>>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results.store(index, Result { () throws(Failure) -> Transformed in try transform(self[index]) })
        }
        return try results.values.map { result throws(Failure) in try result.get() }
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
