import Foundation

/// Peer statistics over exact decimals.
enum Statistics {
    static func median(_ values: [Decimal]) -> Decimal? {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return nil }
        let middle = sorted.count / 2
        return sorted.count.isMultiple(of: 2) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle]
    }

    /// 1 for the highest value; equal values share a rank.
    static func ranks(_ values: [Decimal]) -> [Int] {
        values.map { value in values.count { $0 > value } + 1 }
    }
}
