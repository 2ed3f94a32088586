/// A straight line drawn on a page, such as a table border: horizontal or vertical.
public struct Ruling: Equatable, Hashable, Sendable, Codable {
    /// The line's extent; a horizontal line has y0 == y1 (within its thickness), a vertical one x0 == x1.
    public var box: Box
    public var isHorizontal: Bool

    public init(box: Box, isHorizontal: Bool) {
        self.box = box
        self.isHorizontal = isHorizontal
    }

    /// y of a horizontal line, x of a vertical one.
    public var position: Double { isHorizontal ? box.midY : (box.x0 + box.x1) / 2 }
}
