import Foundation

/// Reads the fields of one JSON object, logging every type, presence and shape problem with its
/// path. Readers return nil on a problem and keep going, so one pass finds everything.
///
/// Field names are `StaticString`s and member names are compared as bytes where that is exact
/// (plain ASCII without escapes), so looking up a field allocates nothing.
struct ObjectReader {
    let document: JSONDocument
    let log: ProblemLog
    let location: LazyPath
    private let members: [Member]

    private struct Member {
        let key: JSONNode
        let value: JSONNode
        /// ASCII without escapes: equal to another name exactly when the bytes are equal.
        let isPlainKey: Bool
        /// The name's length and first eight bytes, which tell most names apart without a call.
        let keyLength: Int32
        let keyPrefix: UInt64
    }

    /// Where the object is; built on demand, for problem reports.
    var path: JSONPath { location.path }

    /// Logs "expected an object" and returns nil when `value` is not an object.
    init?(_ value: JSONNode, at location: LazyPath, in document: JSONDocument, log: ProblemLog) {
        guard value.kind == .object else {
            log.add(location.path, "expected an object, found \(value.typeName)")
            return nil
        }
        self.document = document
        self.log = log
        self.location = location
        var members: [Member] = []
        // One allocation for the usual handful of fields instead of regrowing from one.
        members.reserveCapacity(16)
        var children = document.children(of: value)
        while let key = children.next(), let value = children.next() {
            let name = document.rawContent(of: key)
            let isPlain = !key.isEscaped && name.allSatisfy { $0 < 0x80 }
            members.append(Member(key: key, value: value, isPlainKey: isPlain, keyLength: Int32(name.count), keyPrefix: Self.prefix(name)))
        }
        self.members = members
        // Objects here have a handful of fields: comparing pairs is cheaper than building a set.
        // An object with more (hostile data: thousands of fields) is checked through a set of
        // the names, so it stays linear.
        if members.count <= 16 {
            for index in members.indices where index > 0 {
                for earlier in members[..<index] where sameKey(earlier, members[index]) {
                    let key = document.string(members[index].key)
                    log.add(location.path / key, "duplicate field \"\(key)\" (a field may appear only once)")
                    break
                }
            }
        } else {
            var seen = Set<String>()
            for member in members {
                let key = document.string(member.key)
                if !seen.insert(key).inserted { log.add(location.path / key, "duplicate field \"\(key)\" (a field may appear only once)") }
            }
        }
    }

    /// Reports every field not in `allowed`, suggesting the closest allowed name.
    func rejectUnknownFields(allowed: [StaticString]) {
        for member in members where !allowed.contains(where: { matches(member, $0) }) {
            let key = document.string(member.key)
            // The suggestion is looked for only when the problem is listed (see `ProblemLog`).
            log.add(path / key, Self.unknownFieldMessage(key, allowed: allowed))
        }
    }

    private static func unknownFieldMessage(_ key: String, allowed: [StaticString]) -> String {
        guard let suggestion = Suggestions.closest(to: key, among: allowed.map(\.description)) else { return "unknown field" }
        return "unknown field (did you mean \"\(suggestion)\"?)"
    }

    func value(_ key: StaticString) -> JSONNode? {
        key.withUTF8Buffer { bytes in
            let prefix = Self.prefix(bytes)
            return members.first { matches($0, bytes, prefix: prefix, key) }?.value
        }
    }

    func has(_ key: StaticString) -> Bool { value(key) != nil }

    private func present(_ key: StaticString, required: Bool) -> JSONNode? {
        guard let value = value(key) else {
            if required { log.add(path / key.description, "required field is missing", detail: key.description) }
            return nil
        }
        return value
    }

    // MARK: Names

    private func matches(_ member: Member, _ name: StaticString) -> Bool {
        name.withUTF8Buffer { bytes in matches(member, bytes, prefix: nil, name) }
    }

    /// Whether a member's name is `name` (whose bytes and, if known, prefix are given).
    private func matches(_ member: Member, _ nameBytes: UnsafeBufferPointer<UInt8>, prefix: UInt64?, _ name: StaticString) -> Bool {
        if Int(member.keyLength) == nameBytes.count, member.keyPrefix == prefix ?? Self.prefix(nameBytes),
           nameBytes.count <= 8 || document.rawContent(of: member.key).hasSameBytes(as: nameBytes) {
            return true
        }
        // Escaped or non-ASCII names can still be the same text (Swift compares canonically).
        return !member.isPlainKey && document.string(member.key) == name.description
    }

    private func sameKey(_ a: Member, _ b: Member) -> Bool {
        guard a.isPlainKey && b.isPlainKey else { return document.string(a.key) == document.string(b.key) }
        guard a.keyLength == b.keyLength, a.keyPrefix == b.keyPrefix else { return false }
        return a.keyLength <= 8 || document.rawContent(of: a.key).hasSameBytes(as: document.rawContent(of: b.key))
    }

    /// The first eight bytes of a name, zero-padded.
    private static func prefix(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var prefix: UInt64 = 0
        for index in 0..<min(8, bytes.count) {
            prefix |= UInt64(bytes[index]) << (8 * index)
        }
        return prefix
    }

    // MARK: Scalars

    /// A string; required strings and `nonEmpty` strings must have visible content.
    func string(_ key: StaticString, required: Bool = false, nonEmpty: Bool = true) -> String? {
        guard let value = present(key, required: required) else { return nil }
        guard value.kind == .string else {
            log.add(path / key.description, "expected a string, found \(value.typeName)", detail: key.description)
            return nil
        }
        let text = document.string(value)
        if nonEmpty, Self.isBlank(text) {
            log.add(path / key.description, "must not be empty", detail: key.description)
            return nil
        }
        return text
    }

    /// Whether text has no visible content: every character is whitespace (or there are none).
    /// `Character.isWhitespace` looks at a character's first scalar, and an ASCII byte other than
    /// CR, LF, tab, vertical tab, form feed and space always starts a character that is not
    /// whitespace, so one such byte settles it without splitting the text into characters.
    static func isBlank(_ text: String) -> Bool {
        for byte in text.utf8 where byte < 0x80 {
            switch byte {
            case 0x09...0x0D, 0x20: continue
            default: return false
            }
        }
        return text.allSatisfy { $0.isWhitespace }
    }

    func id(_ key: StaticString, required: Bool = true) -> String? {
        guard let text = string(key, required: required, nonEmpty: false) else { return nil }
        guard Identifiers.isValidID(text) else {
            log.add(path / key.description, "\(quoted(text)) is not a valid id (use lowercase letters, digits and single hyphens, e.g. \"hall-1\")", detail: key.description)
            return nil
        }
        return text
    }

    func date(_ key: StaticString, required: Bool = false) -> LocalDate? {
        guard let text = string(key, required: required, nonEmpty: false) else { return nil }
        guard let date = LocalDate(iso: text) else {
            log.add(path / key.description, "bad date \(quoted(text)) (expected a real day as YYYY-MM-DD)", detail: key.description)
            return nil
        }
        return date
    }

    func time(_ key: StaticString, required: Bool = false) -> LocalTime? {
        guard let text = string(key, required: required, nonEmpty: false) else { return nil }
        guard let time = LocalTime(iso: text) else {
            log.add(path / key.description, "bad time \(quoted(text)) (expected HH:MM between 00:00 and 23:59)", detail: key.description)
            return nil
        }
        return time
    }

    func bool(_ key: StaticString, required: Bool = false) -> Bool? {
        guard let value = present(key, required: required) else { return nil }
        guard value.kind == .bool else {
            log.add(path / key.description, "expected true or false, found \(value.typeName)", detail: key.description)
            return nil
        }
        return document.bool(value)
    }

    func double(_ key: StaticString, required: Bool = false) -> Double? {
        guard let value = present(key, required: required) else { return nil }
        guard value.kind == .number else {
            log.add(path / key.description, "expected a number, found \(value.typeName)", detail: key.description)
            return nil
        }
        return document.number(value)
    }

    func integer(_ key: StaticString, required: Bool = false, minimum: Int? = nil, maximum: Int? = nil) -> Int? {
        guard let number = double(key, required: required) else { return nil }
        guard number.rounded() == number, abs(number) < 1e15 else {
            log.add(path / key.description, "expected a whole number, found \(number)", detail: key.description)
            return nil
        }
        let integer = Int(number)
        if let minimum, integer < minimum {
            log.add(path / key.description, "must be at least \(minimum), found \(integer)", detail: key.description)
            return nil
        }
        if let maximum, integer > maximum {
            log.add(path / key.description, "must be at most \(LoadProblem.grouped(maximum)), found \(LoadProblem.grouped(integer))", detail: key.description)
            return nil
        }
        return integer
    }

    func confidence(_ key: StaticString = "confidence", required: Bool = true) -> Confidence? {
        guard let text = string(key, required: required, nonEmpty: false) else { return nil }
        guard let confidence = Confidence(rawValue: text) else {
            log.add(path / key.description, "unknown confidence \(quoted(text)) (expected one of: \(Confidence.allCases.map(\.rawValue).joined(separator: ", ")))", detail: key.description)
            return nil
        }
        return confidence
    }

    // MARK: Collections

    /// The elements of an array field, each with its place; nil (and a problem) when it is not an array.
    func array(_ key: StaticString, required: Bool = false, minimumCount: Int = 0) -> ArrayElements? {
        guard let value = present(key, required: required) else { return nil }
        guard value.kind == .array else {
            log.add(path / key.description, "expected an array, found \(value.typeName)", detail: key.description)
            return nil
        }
        let elements = ArrayElements(document: document, array: value, location: location.appending(key))
        if minimumCount > 0, elements.count(upTo: minimumCount) < minimumCount {
            log.add(path / key.description, minimumCount == 1 ? "must list at least one entry" : "must list at least \(minimumCount) entries", detail: key.description)
        }
        return elements
    }

    func strings(_ key: StaticString, required: Bool = false, minimumCount: Int = 0) -> [String]? {
        guard let elements = array(key, required: required, minimumCount: minimumCount) else { return nil }
        var result: [String] = []
        for element in elements {
            guard element.node.kind == .string else {
                log.add(element.location.path, "expected a string, found \(element.node.typeName)")
                continue
            }
            let text = document.string(element.node)
            if Self.isBlank(text) {
                log.add(element.location.path, "must not be empty")
                continue
            }
            result.append(text)
        }
        return result
    }

    func object(_ key: StaticString, required: Bool = false) -> ObjectReader? {
        guard let value = present(key, required: required) else { return nil }
        return ObjectReader(value, at: location.appending(key), in: document, log: log)
    }

    /// A reader for an element of an array, or nil (and a problem) when it is not an object.
    func reader(for element: ArrayElements.Element) -> ObjectReader? {
        ObjectReader(element.node, at: element.location, in: document, log: log)
    }
}

/// Quotes data text for an error message, neutralising control characters so a hostile file
/// cannot inject escape sequences into the terminal through its error messages.
func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars.prefix(80) {
        switch scalar.value {
        case 0x22: out += "\\\""
        case 0x5C: out += "\\\\"
        case 0..<0x20, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069:
            out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        default: out.unicodeScalars.append(scalar)
        }
    }
    if text.unicodeScalars.count > 80 { out += "…" }
    return out + "\""
}
