/// An axis-aligned rectangle in PDF points, origin at the top left of the page as displayed,
/// y growing downwards.
public struct Box: Equatable, Hashable, Sendable, Codable {
    public var x0: Double
    public var y0: Double
    public var x1: Double
    public var y1: Double

    /// Creates a box from two corners in any order.
    public init(x0: Double, y0: Double, x1: Double, y1: Double) {
        self.x0 = min(x0, x1)
        self.y0 = min(y0, y1)
        self.x1 = max(x0, x1)
        self.y1 = max(y0, y1)
    }

    public var width: Double { x1 - x0 }
    public var height: Double { y1 - y0 }
    public var midY: Double { (y0 + y1) / 2 }

    /// The smallest box holding both.
    public func union(_ other: Box) -> Box {
        Box(x0: min(x0, other.x0), y0: min(y0, other.y0), x1: max(x1, other.x1), y1: max(y1, other.y1))
    }

    /// How far the two boxes overlap vertically, in points (0 when they do not).
    public func verticalOverlap(with other: Box) -> Double {
        max(0, min(y1, other.y1) - max(y0, other.y0))
    }
}
