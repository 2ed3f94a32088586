import Foundation

extension Decimal {
    /// The exact decimal digits, no exponent: `3258`, `0.0001`.
    public var exactString: String { NSDecimalNumber(decimal: self).stringValue }
}
