import Foundation

extension Decimal {
    /// The exact decimal digits, no exponent: `3258`, `0.0001`.
    public var exactString: String { NSDecimalNumber(decimal: self).stringValue }
}

extension KeyedDecodingContainer {
    /// A decimal written by `exactString`, read back digit for digit.
    func decodeExact(forKey key: Key) throws -> Decimal {
        let text = try decode(String.self, forKey: key)
        guard let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "'\(text)' is not a decimal")
        }
        return value
    }
}
