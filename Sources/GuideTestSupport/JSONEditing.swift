import GuideModel

/// Small edits of a parsed JSON document by path, so each validation test states the one thing
/// it breaks instead of carrying a whole copy of a file.
public enum JSONEdit: Sendable {
    case key(String)
    case index(Int)
}

extension JSONValue {
    /// Sets (or adds) the value at a path of keys and indexes; `nil` removes it.
    public func setting(_ path: [JSONEdit], to newValue: JSONValue?) -> JSONValue {
        guard let first = path.first else { return newValue ?? .null }
        let rest = Array(path.dropFirst())
        switch (self, first) {
        case (.object(var members), .key(let key)):
            if let index = members.firstIndex(where: { $0.key == key }) {
                if rest.isEmpty, newValue == nil {
                    members.remove(at: index)
                } else {
                    members[index].value = members[index].value.setting(rest, to: newValue)
                }
            } else if let newValue {
                members.append(JSONMember(key: key, value: JSONValue.null.setting(rest, to: newValue)))
            }
            return .object(members)
        case (.array(var elements), .index(let index)):
            if index == elements.count, let newValue {
                elements.append(JSONValue.null.setting(rest, to: newValue))
            } else if elements.indices.contains(index) {
                if rest.isEmpty, newValue == nil {
                    elements.remove(at: index)
                } else {
                    elements[index] = elements[index].setting(rest, to: newValue)
                }
            }
            return .array(elements)
        default:
            return self
        }
    }

    /// Appends a member with a key that may already exist (for duplicate-key tests).
    public func appendingMember(_ key: String, _ value: JSONValue, at path: [JSONEdit]) -> JSONValue {
        guard let first = path.first else {
            if case .object(var members) = self {
                members.append(JSONMember(key: key, value: value))
                return .object(members)
            }
            return self
        }
        let rest = Array(path.dropFirst())
        switch (self, first) {
        case (.object(var members), .key(let name)):
            if let index = members.firstIndex(where: { $0.key == name }) {
                members[index].value = members[index].value.appendingMember(key, value, at: rest)
            }
            return .object(members)
        case (.array(var elements), .index(let index)) where elements.indices.contains(index):
            elements[index] = elements[index].appendingMember(key, value, at: rest)
            return .array(elements)
        default:
            return self
        }
    }
}
