import Foundation

/// A value computed on another thread while this one goes on, waited for where it is needed.
///
/// `@unchecked Sendable`: `result` is written once by the worker before it leaves the group and
/// read only after `wait()` has returned.
final class Background<Value: Sendable>: @unchecked Sendable {
    private let group = DispatchGroup()
    private var result: Result<Value, any Error>?

    init(_ work: @escaping @Sendable () throws -> Value) {
        DispatchQueue.global().async(group: group) { [self] in
            result = Result(catching: work)
        }
    }

    var value: Value {
        get throws {
            group.wait()
            guard let result else { preconditionFailure("the group is left only after the result is stored") }
            return try result.get()
        }
    }
}
