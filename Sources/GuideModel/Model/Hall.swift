/// A hall or outdoor area of the venue. A hall without stands has an unpublished layout.
public struct Hall: Sendable, Hashable, Identifiable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case hall
        case outdoor
    }

    public var id: String
    public var name: String
    public var kind: Kind
    public var note: String?
    public var sources: [String]
    public var size: GridSize?
    public var stands: [Stand]
    public var features: [HallFeature]

    public init(id: String, name: String, kind: Kind, note: String? = nil, sources: [String] = [],
                size: GridSize? = nil, stands: [Stand] = [], features: [HallFeature] = []) {
        self.id = id
        self.name = name
        self.kind = kind
        self.note = note
        self.sources = sources
        self.size = size
        self.stands = stands
        self.features = features
    }

    /// True when the data has a floor plan to draw.
    public var hasLayout: Bool { size != nil && !stands.isEmpty }

    public func stand(code: String) -> Stand? { stands.first { $0.code == code } }
}

/// Width and height of a hall floor, in grid units of the data's choosing.
public struct GridSize: Sendable, Hashable {
    /// The largest width, height or coordinate the loader accepts: a kilometre in centimetres.
    /// Walking distances are sums of coordinates over every stop of a route, and this keeps
    /// them far from overflowing.
    public static let maximumExtent = 1_000_000

    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}

/// A rectangle on a hall floor, in grid units; `x`/`y` is the top-left corner.
public struct GridRect: Sendable, Hashable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }

    public func intersects(_ other: GridRect) -> Bool {
        x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
    }

    public func isInside(_ size: GridSize) -> Bool {
        x >= 0 && y >= 0 && maxX <= size.width && maxY <= size.height
    }
}

/// A stand on a hall's floor plan.
public struct Stand: Sendable, Hashable {
    public var code: String
    public var rect: GridRect

    public init(code: String, rect: GridRect) {
        self.code = code
        self.rect = rect
    }
}

/// Something on a floor plan that is not a stand: an entrance, a stage, a café.
public struct HallFeature: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case entrance, exit, stage, cafe, toilets, info, other
    }

    public var kind: Kind
    public var name: String?
    public var rect: GridRect

    public init(kind: Kind, name: String? = nil, rect: GridRect) {
        self.kind = kind
        self.name = name
        self.rect = rect
    }
}
