import GuideModel

/// The members of one JSON object of a fair file, looked up by name. `null` counts as absent (the
/// dataset's files come from several tools); of a name given twice the first is read and the
/// others reported.
struct FairFields {
    let path: JSONPath
    private let members: [JSONMember]

    /// Nil when `value` is not an object (the caller says what it did with it).
    init?(_ value: JSONValue, at path: JSONPath, log: FairReadLog) {
        guard case .object(let members) = value else { return nil }
        self.path = path
        self.members = members
        // Objects of a fair file have a handful of fields: comparing them pairwise is cheaper than
        // hashing them into a set (this runs for every entry, and every country in it).
        if members.count <= 16 {
            for index in members.indices.dropFirst() where members[..<index].contains(where: { $0.key == members[index].key }) {
                Self.duplicate(members[index].key, at: path, log: log)
            }
        } else {
            var seen = Set<String>()
            for member in members where !seen.insert(member.key).inserted {
                Self.duplicate(member.key, at: path, log: log)
            }
        }
    }

    private static func duplicate(_ key: String, at path: JSONPath, log: FairReadLog) {
        log.oddity(.dropped, field: key, at: path / key, "duplicate field \(FairQuote.quoted(key)) (a field may appear only once): the first is read, this one left out")
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
