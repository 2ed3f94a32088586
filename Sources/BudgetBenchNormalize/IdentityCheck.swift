import Foundation

/// One identity checked on a report's printed amounts: which amounts take part, and the
/// finding when the printed side and the sum of the parts differ.
struct IdentityCheck: Sendable {
    var kind: IdentityResult.Kind
    /// Indices into the report's amounts.
    var members: [Int]
    /// Nil when the figures agree exactly; a `roundingDifference` finding when they agree within
    /// the rounding of their printed digits; otherwise the disagreement.
    var finding: Finding?

    /// Exactly, or within the printed rounding.
    var held: Bool { finding == nil || finding?.kind == .roundingDifference }
}
