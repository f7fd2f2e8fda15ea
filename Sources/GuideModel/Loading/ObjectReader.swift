/// Reads the fields of one JSON object, logging every type, presence and shape problem with its
/// path. Readers return nil on a problem and keep going, so one pass finds everything.
struct ObjectReader {
    let path: JSONPath
    let log: ProblemLog
    private let members: [JSONMember]

    /// Logs "expected an object" and returns nil when `value` is not an object.
    init?(_ value: JSONValue, at path: JSONPath, log: ProblemLog) {
        guard case .object(let members) = value else {
            log.add(path, "expected an object, found \(value.typeName)")
            return nil
        }
        self.path = path
        self.log = log
        self.members = members
        // Objects here have a handful of fields: comparing pairs is cheaper than building a set.
        for (index, member) in members.enumerated() where index > 0 {
            for earlier in members[..<index] where earlier.key == member.key {
                log.add(path / member.key, "duplicate field \"\(member.key)\" (a field may appear only once)")
                break
            }
        }
    }

    /// Reports every field not in `allowed`, suggesting the closest allowed name.
    func rejectUnknownFields(allowed: [String]) {
        for member in members where !allowed.contains(member.key) {
            var message = "unknown field"
            if let suggestion = Suggestions.closest(to: member.key, among: allowed) {
                message += " (did you mean \"\(suggestion)\"?)"
            }
            log.add(path / member.key, message)
        }
    }

    func value(_ key: String) -> JSONValue? {
        members.first { $0.key == key }?.value
    }

    func has(_ key: String) -> Bool { value(key) != nil }

    private func present(_ key: String, required: Bool) -> JSONValue? {
        guard let value = value(key) else {
            if required { log.add(path / key, "required field is missing") }
            return nil
        }
        return value
    }

    // MARK: Scalars

    /// A string; required strings and `nonEmpty` strings must have visible content.
    func string(_ key: String, required: Bool = false, nonEmpty: Bool = true) -> String? {
        guard let value = present(key, required: required) else { return nil }
        guard case .string(let text) = value else {
            log.add(path / key, "expected a string, found \(value.typeName)")
            return nil
        }
        if nonEmpty, text.allSatisfy({ $0.isWhitespace }) {
            log.add(path / key, "must not be empty")
            return nil
        }
        return text
    }

    func id(_ key: String, required: Bool = true) -> String? {
        guard let text = string(key, required: required, nonEmpty: false) else { return nil }
        guard Identifiers.isValidID(text) else {
            log.add(path / key, "\(quoted(text)) is not a valid id (use lowercase letters, digits and single hyphens, e.g. \"hall-1\")")
            return nil
        }
        return text
    }

    func date(_ key: String, required: Bool = false) -> LocalDate? {
        guard let text = string(key, required: required, nonEmpty: false) else { return nil }
        guard let date = LocalDate(iso: text) else {
            log.add(path / key, "bad date \(quoted(text)) (expected a real day as YYYY-MM-DD)")
            return nil
        }
        return date
    }

    func time(_ key: String, required: Bool = false) -> LocalTime? {
        guard let text = string(key, required: required, nonEmpty: false) else { return nil }
        guard let time = LocalTime(iso: text) else {
            log.add(path / key, "bad time \(quoted(text)) (expected HH:MM between 00:00 and 23:59)")
            return nil
        }
        return time
    }

    func bool(_ key: String, required: Bool = false) -> Bool? {
        guard let value = present(key, required: required) else { return nil }
        guard case .bool(let flag) = value else {
            log.add(path / key, "expected true or false, found \(value.typeName)")
            return nil
        }
        return flag
    }

    func double(_ key: String, required: Bool = false) -> Double? {
        guard let value = present(key, required: required) else { return nil }
        guard case .number(let number) = value else {
            log.add(path / key, "expected a number, found \(value.typeName)")
            return nil
        }
        return number
    }

    func integer(_ key: String, required: Bool = false, minimum: Int? = nil) -> Int? {
        guard let number = double(key, required: required) else { return nil }
        guard number.rounded() == number, abs(number) < 1e15 else {
            log.add(path / key, "expected a whole number, found \(number)")
            return nil
        }
        let integer = Int(number)
        if let minimum, integer < minimum {
            log.add(path / key, "must be at least \(minimum), found \(integer)")
            return nil
        }
        return integer
    }

    func confidence(_ key: String = "confidence", required: Bool = true) -> Confidence? {
        guard let text = string(key, required: required, nonEmpty: false) else { return nil }
        guard let confidence = Confidence(rawValue: text) else {
            log.add(path / key, "unknown confidence \(quoted(text)) (expected one of: \(Confidence.allCases.map(\.rawValue).joined(separator: ", ")))")
            return nil
        }
        return confidence
    }

    // MARK: Collections

    /// The elements of an array field with their paths; nil (and a problem) when it is not an array.
    func array(_ key: String, required: Bool = false, minimumCount: Int = 0) -> [(JSONValue, JSONPath)]? {
        guard let value = present(key, required: required) else { return nil }
        guard case .array(let elements) = value else {
            log.add(path / key, "expected an array, found \(value.typeName)")
            return nil
        }
        if elements.count < minimumCount {
            log.add(path / key, minimumCount == 1 ? "must list at least one entry" : "must list at least \(minimumCount) entries")
        }
        return elements.enumerated().map { ($0.element, path / key / $0.offset) }
    }

    func strings(_ key: String, required: Bool = false, minimumCount: Int = 0) -> [String]? {
        guard let elements = array(key, required: required, minimumCount: minimumCount) else { return nil }
        var result: [String] = []
        for (element, elementPath) in elements {
            guard case .string(let text) = element else {
                log.add(elementPath, "expected a string, found \(element.typeName)")
                continue
            }
            if text.allSatisfy({ $0.isWhitespace }) {
                log.add(elementPath, "must not be empty")
                continue
            }
            result.append(text)
        }
        return result
    }

    /// A list of ids with the path of each, so references can be checked where they are written.
    func idList(_ key: String, required: Bool = false, minimumCount: Int = 0) -> [(String, JSONPath)]? {
        guard let elements = array(key, required: required, minimumCount: minimumCount) else { return nil }
        var result: [(String, JSONPath)] = []
        for (element, elementPath) in elements {
            guard case .string(let text) = element else {
                log.add(elementPath, "expected an id string, found \(element.typeName)")
                continue
            }
            result.append((text, elementPath))
        }
        return result
    }

    func object(_ key: String, required: Bool = false) -> ObjectReader? {
        guard let value = present(key, required: required) else { return nil }
        return ObjectReader(value, at: path / key, log: log)
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
