/// A location inside a JSON document, printed the way people read it: `$.exhibitors[12].country`.
///
/// Stored as a chain of nodes (each step points at its parent), so making the path of one of
/// 100,000 array elements costs one small allocation instead of copying the whole path.
public struct JSONPath: Sendable, Hashable, CustomStringConvertible {
    private final class Node: Sendable {
        let parent: Node?
        let key: String?
        let index: Int

        init(parent: Node?, key: String?, index: Int) {
            self.parent = parent
            self.key = key
            self.index = index
        }
    }

    private let node: Node?

    /// The document root, `$`.
    public static let root = JSONPath()

    public init() {
        node = nil
    }

    private init(node: Node) {
        self.node = node
    }

    public func appending(_ key: String) -> JSONPath { JSONPath(node: Node(parent: node, key: key, index: 0)) }

    public func appending(_ index: Int) -> JSONPath { JSONPath(node: Node(parent: node, key: nil, index: index)) }

    public static func / (path: JSONPath, key: String) -> JSONPath { path.appending(key) }
    public static func / (path: JSONPath, index: Int) -> JSONPath { path.appending(index) }

    public static func == (lhs: JSONPath, rhs: JSONPath) -> Bool { lhs.description == rhs.description }

    public func hash(into hasher: inout Hasher) { hasher.combine(description) }

    public var description: String {
        var steps: [Node] = []
        var current = node
        while let step = current {
            steps.append(step)
            current = step.parent
        }
        var text = "$"
        for step in steps.reversed() {
            if let key = step.key {
                if !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "$" }) {
                    text += "." + key
                } else {
                    var escaped = ""
                    for character in key {
                        if character == "\"" || character == "\\" { escaped.append("\\") }
                        escaped.append(character)
                    }
                    text += "[\"" + escaped + "\"]"
                }
            } else {
                text += "[\(step.index)]"
            }
        }
        return text
    }
}
