/// Something a visitor can put in their plan: an exhibitor or a programme item, by id.
public enum PlanItem: Sendable, Hashable, Comparable, CustomStringConvertible {
    case exhibitor(String)
    case programmeItem(String)

    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case exhibitor
        case programmeItem = "programme"

        /// The word used in messages ("exhibitor", "programme item").
        public var noun: String { self == .exhibitor ? "exhibitor" : "programme item" }
    }

    public var kind: Kind {
        switch self {
        case .exhibitor: .exhibitor
        case .programmeItem: .programmeItem
        }
    }

    public var id: String {
        switch self {
        case .exhibitor(let id), .programmeItem(let id): id
        }
    }

    public init(kind: Kind, id: String) {
        self = kind == .exhibitor ? .exhibitor(id) : .programmeItem(id)
    }

    public static func < (a: PlanItem, b: PlanItem) -> Bool {
        a.kind != b.kind ? a.kind == .exhibitor : a.id < b.id
    }

    public var description: String { "\(kind.noun) \(id)" }
}
