import GuideModel

/// The members of one JSON object of a fair file, looked up by name. `null` counts as absent (the
/// dataset's files come from several tools), and a name given twice is reported.
struct FairFields {
    let path: JSONPath
    private let members: [JSONMember]

    /// Nil (with a problem logged) when `value` is not an object.
    init?(_ value: JSONValue, at path: JSONPath, what: String, log: FairReadLog, inEntry: Bool) {
        guard case .object(let members) = value else {
            log.problem(at: path, "expected an object (\(what)), found \(value.typeName)", inEntry: inEntry)
            return nil
        }
        self.path = path
        self.members = members
        // Objects of a fair file have a handful of fields: comparing them pairwise is cheaper than
        // hashing them into a set (this runs for every entry, and every country in it).
        if members.count <= 16 {
            for index in members.indices.dropFirst() where members[..<index].contains(where: { $0.key == members[index].key }) {
                log.problem(at: path / members[index].key, "duplicate field \"\(members[index].key)\" (a field may appear only once)", inEntry: inEntry)
            }
        } else {
            var seen = Set<String>()
            for member in members where !seen.insert(member.key).inserted {
                log.problem(at: path / member.key, "duplicate field \"\(member.key)\" (a field may appear only once)", inEntry: inEntry)
            }
        }
    }

    /// The first value of `key`, or nil when it is absent or null.
    subscript(key: String) -> JSONValue? {
        guard let value = members.first(where: { $0.key == key })?.value, value != .null else { return nil }
        return value
    }

    func has(_ key: String) -> Bool { self[key] != nil }

    /// The names not in `known`, once each, in file order.
    func otherKeys(known: Set<String>) -> [String] {
        // Nearly always every name is known: checked first, building nothing (this runs for
        // every entry of every file).
        guard members.contains(where: { !known.contains($0.key) }) else { return [] }
        var seen = Set<String>()
        return members.map(\.key).filter { !known.contains($0) && seen.insert($0).inserted }
    }
}
