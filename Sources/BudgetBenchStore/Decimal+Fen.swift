import Foundation

extension Decimal {
    /// 分 in one 万元.
    static let fenPerWanYuan: Decimal = 1_000_000

    /// An amount in 万元 as a whole number of 分, which SQL sums exactly; nil if it has finer
    /// digits or does not fit in 64 bits (the exact `value` text is stored either way).
    var fen: Int64? {
        var scaled = self * Self.fenPerWanYuan
        var rounded = Decimal()
        NSDecimalRound(&rounded, &scaled, 0, .plain)
        guard rounded == scaled, rounded <= Decimal(Int64.max), rounded >= Decimal(Int64.min) else { return nil }
        return NSDecimalNumber(decimal: rounded).int64Value
    }
}
