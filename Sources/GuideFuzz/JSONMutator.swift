import GuideModel

/// Changes a parsed JSON document in the ways hostile and careless files differ from good ones:
/// a value replaced by an edge case, two values swapped (a last day before the first), an element
/// repeated many times, a value copied from elsewhere (an id where a parent is expected, making a
/// cycle), one value turned into a list or a list into one value, a key given twice, a member
/// dropped. The result is still JSON, so the checks behind the parser are what gets exercised.
public struct JSONMutator {
    public init() {}

    /// One to four mutations of `document`.
    public func mutate(_ document: JSONValue, using random: inout some RandomNumberGenerator) -> JSONValue {
        var result = document
        // Mostly one change: strict formats refuse most changes, and what is refused never
        // reaches the code that uses a file (the screens, the converter, the plan's merge).
        let count = [1, 1, 1, 1, 2, 2, 3, 4].randomElement(using: &random)!
        for _ in 0..<count {
            result = mutateOnce(result, using: &random)
        }
        return result
    }

    func mutateOnce(_ document: JSONValue, using random: inout some RandomNumberGenerator) -> JSONValue {
        let count = Self.nodeCount(document)
        guard count > 0 else { return InterestingValues.any(using: &random) }
        // A donor taken from the same document: ids, dates and names that mean something here.
        var donorIndex = Int.random(in: 0..<count, using: &random)
        let donor = Self.node(at: &donorIndex, in: document) ?? .null
        var target = Int.random(in: 0..<count, using: &random)
        return Self.transform(document, at: &target) { node in
            Self.mutateNode(node, donor: donor, using: &random)
        }
    }

    static func mutateNode(_ node: JSONValue, donor: JSONValue, using random: inout some RandomNumberGenerator) -> JSONValue {
        // A date stays date-like and a number a number more often than not, so the checks of
        // meaning are reached and values that pass them are tried on what is built on them.
        switch node {
        case .string(let text) where Bool.random(using: &random): return InterestingValues.similar(to: text, using: &random)
        case .number(let number) where Bool.random(using: &random): return .number(nudged(number, using: &random))
        case .null, .bool, .number, .string, .array, .object: break
        }
        switch Int.random(in: 0..<10, using: &random) {
        case 0, 1:
            if case .string(let text) = node { return InterestingValues.similar(to: text, using: &random) }
            if case .number(let number) = node { return .number(nudged(number, using: &random)) }
            return InterestingValues.any(using: &random)
        case 2: return donor
        case 3: return .array([node])
        case 4:
            if case .array(let elements) = node, let first = elements.first { return first }
            return InterestingValues.any(using: &random)
        case 5: return containerMutation(node, using: &random) ?? InterestingValues.any(using: &random)
        case 6: return repeated(node, using: &random)
        case 7:
            if case .object(var members) = node, members.count >= 2 {
                let a = Int.random(in: 0..<members.count, using: &random)
                let b = Int.random(in: 0..<members.count, using: &random)
                (members[a].value, members[b].value) = (members[b].value, members[a].value)
                return .object(members)
            }
            return donor
        case 8:
            if case .object(var members) = node, let member = members.randomElement(using: &random) {
                members.append(JSONMember(key: member.key, value: donor))
                return .object(members)
            }
            return InterestingValues.any(using: &random)
        default:
            if case .object(var members) = node {
                let keys = ["id", "parent", "firstDay", "lastDay", "day", "start", "end", "timeZone", "stand", "hall", "code",
                            "x", "y", "width", "height", "category", "country", "website", "address", "alias", "approxDate"]
                members.append(JSONMember(key: keys.randomElement(using: &random)!, value: InterestingValues.any(using: &random)))
                return .object(members)
            }
            return InterestingValues.any(using: &random)
        }
    }

    /// Removes, duplicates or reorders members or elements.
    static func containerMutation(_ node: JSONValue, using random: inout some RandomNumberGenerator) -> JSONValue? {
        switch node {
        case .array(var elements) where !elements.isEmpty:
            let index = Int.random(in: 0..<elements.count, using: &random)
            switch Int.random(in: 0..<3, using: &random) {
            case 0: elements.remove(at: index)
            case 1: elements.insert(elements[index], at: Int.random(in: 0...elements.count, using: &random))
            default: elements.shuffle(using: &random)
            }
            return .array(elements)
        case .object(var members) where !members.isEmpty:
            members.remove(at: Int.random(in: 0..<members.count, using: &random))
            return .object(members)
        default:
            return nil
        }
    }

    /// The node's elements (or the node itself) repeated: thousands of the same category, the
    /// same exhibitor listed again and again.
    static func repeated(_ node: JSONValue, using random: inout some RandomNumberGenerator) -> JSONValue {
        let times = [2, 3, 16, 64, 512].randomElement(using: &random)!
        if case .array(let elements) = node, let element = elements.randomElement(using: &random) {
            return .array(elements + Array(repeating: element, count: times))
        }
        return .array(Array(repeating: node, count: times))
    }

    static func nudged(_ number: Double, using random: inout some RandomNumberGenerator) -> Double {
        switch Int.random(in: 0..<5, using: &random) {
        case 0: number + 1
        case 1: number - 1
        case 2: -number
        case 3: number * 1_000_000
        default: InterestingValues.numbers.randomElement(using: &random)!
        }
    }

    // MARK: - Walking the tree in pre-order

    static func nodeCount(_ value: JSONValue) -> Int {
        switch value {
        case .array(let elements): 1 + elements.reduce(0) { $0 + nodeCount($1) }
        case .object(let members): 1 + members.reduce(0) { $0 + nodeCount($1.value) }
        case .null, .bool, .number, .string: 1
        }
    }

    /// The node `index` steps into a pre-order walk (`index` counts down as the walk goes).
    static func node(at index: inout Int, in value: JSONValue) -> JSONValue? {
        if index == 0 { return value }
        index -= 1
        switch value {
        case .array(let elements):
            for element in elements { if let found = node(at: &index, in: element) { return found } }
        case .object(let members):
            for member in members { if let found = node(at: &index, in: member.value) { return found } }
        case .null, .bool, .number, .string: break
        }
        return nil
    }

    /// `value` with the node `index` steps into a pre-order walk replaced by `change(node)`.
    static func transform(_ value: JSONValue, at index: inout Int, _ change: (JSONValue) -> JSONValue) -> JSONValue {
        if index == 0 { index = -1; return change(value) }
        guard index > 0 else { return value }
        index -= 1
        switch value {
        case .array(var elements):
            for position in elements.indices where index >= 0 {
                elements[position] = transform(elements[position], at: &index, change)
            }
            return .array(elements)
        case .object(var members):
            for position in members.indices where index >= 0 {
                members[position].value = transform(members[position].value, at: &index, change)
            }
            return .object(members)
        case .null, .bool, .number, .string:
            return value
        }
    }
}
