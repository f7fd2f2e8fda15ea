import GuideModel

/// Reads one field of a fair file's object with the types the dataset uses for it, logging
/// `expected ..., found ...` for anything else. `inEntry` says the object is (inside) an exhibitor
/// entry, where lenient mode skips a wrong value instead of refusing the file.
struct FairValueReader {
    let log: FairReadLog
    let inEntry: Bool

    private func wrong(_ path: @autoclosure () -> JSONPath, expected: String, found value: JSONValue) {
        log.problem(at: path(), "expected \(expected), found \(value.typeName)", inEntry: inEntry, detail: expected)
    }

    func string(_ fields: FairFields, _ key: String) -> String? {
        guard let value = fields[key] else { return nil }
        return string(value, at: fields.path / key)
    }

    /// (`path` is made only for a message: a path is an allocation, and most values are right.)
    private func string(_ value: JSONValue, at path: @autoclosure () -> JSONPath) -> String? {
        guard case .string(let text) = value else {
            wrong(path(), expected: "a string", found: value)
            return nil
        }
        return text
    }

    /// The edition is a year in the dataset; a number is read as its digits.
    func edition(_ fields: FairFields, _ key: String) -> String? {
        guard let value = fields[key] else { return nil }
        switch value {
        case .string(let text): return text
        case .number(let number) where number.rounded() == number && abs(number) < 1e9: return String(Int(number))
        default:
            wrong(fields.path / key, expected: "a string or a whole number", found: value)
            return nil
        }
    }

    func bool(_ fields: FairFields, _ key: String) -> Bool? {
        guard let value = fields[key] else { return nil }
        guard case .bool(let flag) = value else {
            wrong(fields.path / key, expected: "true or false", found: value)
            return nil
        }
        return flag
    }

    /// `YYYY-MM-DD`, a real day.
    func date(_ fields: FairFields, _ key: String) -> LocalDate? {
        guard let text = string(fields, key) else { return nil }
        guard let date = LocalDate(iso: text) else {
            log.problem(at: fields.path / key, "bad date \(FairQuote.quoted(text)) (expected a real day as YYYY-MM-DD)", inEntry: inEntry)
            return nil
        }
        return date
    }

    /// `YYYY-MM-DD` optionally followed by a time (`T09:45:36+00:00`): the text and its day.
    func dateTime(_ fields: FairFields, _ key: String) -> (text: String, day: LocalDate)? {
        guard let text = string(fields, key) else { return nil }
        let bytes = Array(text.utf8)
        let separatorOK = bytes.count == 10 || (bytes.count > 10 && (bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " ")))
        guard separatorOK, let day = LocalDate(iso: String(decoding: bytes.prefix(10), as: UTF8.self)) else {
            log.problem(at: fields.path / key, "bad date \(FairQuote.quoted(text)) (expected a real day as YYYY-MM-DD, optionally with a time)", inEntry: inEntry)
            return nil
        }
        return (text, day)
    }

    private func number(_ fields: FairFields, _ key: String) -> Double? {
        guard let value = fields[key] else { return nil }
        guard case .number(let number) = value else {
            wrong(fields.path / key, expected: "a number", found: value)
            return nil
        }
        return number
    }

    /// A string or a list of strings.
    func strings(_ fields: FairFields, _ key: String) -> OneOrMany<String>? {
        guard let value = fields[key] else { return nil }
        switch value {
        case .string(let text): return .one(text)
        case .array(let elements):
            var texts: [String] = []
            texts.reserveCapacity(elements.count)
            for (index, element) in elements.enumerated() where element != .null {
                if let text = string(element, at: fields.path / key / index) { texts.append(text) }
            }
            return .many(texts)
        default:
            wrong(fields.path / key, expected: "a string or a list of strings", found: value)
            return nil
        }
    }

    /// A country object, a plain string, or a list of either.
    func countries(_ fields: FairFields, _ key: String) -> OneOrMany<FairCountry>? {
        guard let value = fields[key] else { return nil }
        let path = fields.path / key
        switch value {
        case .string, .object: return country(value, at: path, inList: false).map { .one($0) }
        case .array(let elements):
            var countries: [FairCountry] = []
            for (index, element) in elements.enumerated() where element != .null {
                if let country = country(element, at: path / index, inList: true) { countries.append(country) }
            }
            return .many(countries)
        default:
            wrong(path, expected: "an object, a string or a list of them", found: value)
            return nil
        }
    }

    private func country(_ value: JSONValue, at path: JSONPath, inList: Bool) -> FairCountry? {
        switch value {
        case .string(let text): return FairCountry(text: text)
        case .object:
            guard let fields = FairFields(value, at: path, what: "a country", log: log, inEntry: inEntry) else { return nil }
            return FairCountry(text: string(fields, "text"), iso2: string(fields, "iso2"))
        default:
            wrong(path, expected: inList ? "an object or a string" : "an object, a string or a list of them", found: value)
            return nil
        }
    }

    /// An address object or a plain string.
    func address(_ fields: FairFields, _ key: String) -> FairAddress? {
        guard let value = fields[key] else { return nil }
        let path = fields.path / key
        switch value {
        case .string(let text): return FairAddress(text: text)
        case .object:
            guard let object = FairFields(value, at: path, what: "an address", log: log, inEntry: inEntry) else { return nil }
            return FairAddress(text: string(object, "text"), iso2: string(object, "iso2"),
                               latitude: number(object, "lat"), longitude: number(object, "lon"))
        default:
            wrong(path, expected: "an object or a string", found: value)
            return nil
        }
    }

    /// Social links: a list of `{platform, url}` objects (one object alone is read as a list).
    func social(_ fields: FairFields, _ key: String) -> [FairSocialLink] {
        guard let value = fields[key] else { return [] }
        let path = fields.path / key
        switch value {
        case .object: return socialLink(value, at: path).map { [$0] } ?? []
        case .array(let elements):
            return elements.enumerated().compactMap { index, element in
                element == .null ? nil : socialLink(element, at: path / index)
            }
        default:
            wrong(path, expected: "a list of objects", found: value)
            return []
        }
    }

    private func socialLink(_ value: JSONValue, at path: JSONPath) -> FairSocialLink? {
        guard let object = FairFields(value, at: path, what: "a social link", log: log, inEntry: inEntry) else { return nil }
        return FairSocialLink(platform: string(object, "platform"), url: string(object, "url"))
    }

    /// An organiser object or a list of them.
    func organisers(_ fields: FairFields, _ key: String) -> [FairOrganiser] {
        guard let value = fields[key] else { return [] }
        let path = fields.path / key
        switch value {
        case .object: return organiser(value, at: path).map { [$0] } ?? []
        case .array(let elements):
            return elements.enumerated().compactMap { index, element in
                element == .null ? nil : organiser(element, at: path / index)
            }
        default:
            wrong(path, expected: "an object or a list of objects", found: value)
            return []
        }
    }

    private func organiser(_ value: JSONValue, at path: JSONPath) -> FairOrganiser? {
        guard let object = FairFields(value, at: path, what: "an organiser", log: log, inEntry: inEntry) else { return nil }
        return FairOrganiser(name: string(object, "name"), address: string(object, "address"),
                             telephone: string(object, "telephone"), email: string(object, "email"),
                             website: string(object, "website"), social: social(object, "social"))
    }
}
