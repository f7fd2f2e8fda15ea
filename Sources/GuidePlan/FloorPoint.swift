import GuideModel

/// A point on a hall floor in half grid units, so that the centre of every stand and feature is a
/// whole number and walking distances are exact integers (no floating-point ties that could make
/// the route depend on rounding).
public struct FloorPoint: Sendable, Hashable {
    /// Twice the x coordinate in grid units.
    public var doubledX: Int
    /// Twice the y coordinate in grid units.
    public var doubledY: Int

    public init(doubledX: Int, doubledY: Int) {
        self.doubledX = doubledX
        self.doubledY = doubledY
    }

    /// The centre of a rectangle.
    public init(centreOf rect: GridRect) {
        doubledX = 2 * rect.x + rect.width
        doubledY = 2 * rect.y + rect.height
    }

    /// Manhattan distance in half grid units: aisles run in a grid, so a visitor walks along x and
    /// then along y. Walls and stands in the way are ignored (the data has no aisle graph), so this
    /// is a lower bound of the real walk, good enough to order stands.
    public func distance(to other: FloorPoint) -> Int {
        abs(doubledX - other.doubledX) + abs(doubledY - other.doubledY)
    }
}
