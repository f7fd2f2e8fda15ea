import GuideModel

/// Reads one field of a fair file's object in every shape the dataset gives it (a country as an
/// object, a string or a list; a website as a string or a list...). A value in an unusual shape
/// is kept and reported as an oddity; one that cannot be read (a number where a name should be)
/// is left out and reported. Nothing here refuses the file.
struct FairValueReader {
    let log: FairReadLog

    /// Reports `value` at `path` as unreadable: left out.
    private func dropped(_ path: @autoclosure () -> JSONPath, field: String, expected: String, found value: JSONValue) {
        log.oddity(.dropped, field: field, at: path(), "expected \(expected), found \(Self.described(value)); left out")
    }

    /// The type, with the text of a short scalar so the report shows what was there.
    static func described(_ value: JSONValue) -> String {
        switch value {
        case .number(let number): "the number \(number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number))"
        case .bool(let flag): "\(flag)"
        case .array(let elements) where elements.isEmpty: "an empty list"
        case .array: "a list"
        case .object: "an object"
        case .string(let text): "the string \(FairQuote.quoted(text))"
        case .null: "null"
        }
    }

    // MARK: - Strings

    /// One string. A list of strings gives its first, the others named in the report.
    func string(_ fields: FairFields, _ key: String) -> String? {
        guard let value = fields[key] else { return nil }
        return string(value, at: fields.path / key, field: key)
    }

    /// (`path` is made only for a message: a path is an allocation, and most values are right.)
    func string(_ value: JSONValue, at path: @autoclosure () -> JSONPath, field: String) -> String? {
        switch value {
        case .string(let text): return text
        case .array(let elements):
            let texts = elements.compactMap { element -> String? in
                if case .string(let text) = element { return text }
                return nil
            }
            guard let first = texts.first else {
                dropped(path(), field: field, expected: "a string", found: value)
                return nil
            }
            if elements.count > 1 {
                let others = elements.dropFirst().map { element -> String in
                    if case .string(let text) = element { return FairQuote.quoted(text) }
                    return Self.described(element)
                }
                log.oddity(.severalValues, field: field, at: path(),
                           "\(elements.count) values where one is expected: the first is used, the others left out (\(others.joined(separator: ", ")))")
            } else {
                log.oddity(.severalValues, field: field, at: path(), "a list of one value where a string is expected: read as the string")
            }
            return first
        default:
            dropped(path(), field: field, expected: "a string", found: value)
            return nil
        }
    }

    /// A string or a list of strings: every string, the others left out and reported.
    func strings(_ fields: FairFields, _ key: String) -> OneOrMany<String>? {
        guard let value = fields[key] else { return nil }
        switch value {
        case .string(let text): return .one(text)
        case .array(let elements):
            var texts: [String] = []
            texts.reserveCapacity(elements.count)
            for (index, element) in elements.enumerated() where element != .null {
                if case .string(let text) = element {
                    texts.append(text)
                } else {
                    dropped(fields.path / key / index, field: key, expected: "a string", found: element)
                }
            }
            return .many(texts)
        default:
            dropped(fields.path / key, field: key, expected: "a string or a list of strings", found: value)
            return nil
        }
    }

    /// Websites: a string, or a list whose first is the website and the rest other websites.
    func websites(_ fields: FairFields, _ key: String) -> (first: String?, others: [String]) {
        guard let value = fields[key] else { return (nil, []) }
        let path = fields.path / key
        switch value {
        case .string(let text): return (text, [])
        case .array(let elements):
            var texts: [String] = []
            for (index, element) in elements.enumerated() where element != .null {
                if case .string(let text) = element {
                    texts.append(text)
                } else {
                    dropped(path / index, field: key, expected: "a string", found: element)
                }
            }
            guard let first = texts.first else { return (nil, []) }
            let others = Array(texts.dropFirst())
            log.oddity(.severalValues, field: key, at: path, others.isEmpty
                       ? "a list of one website: read as the website"
                       : "\(texts.count) websites: the first is the website, \(others.count) kept as \(others.count == 1 ? "another website" : "other websites")")
            return (first, others)
        default:
            dropped(path, field: key, expected: "a string or a list of strings", found: value)
            return (nil, [])
        }
    }

    /// The edition is a year in the dataset; a number is read as its digits.
    func edition(_ fields: FairFields, _ key: String) -> String? {
        guard let value = fields[key] else { return nil }
        switch value {
        case .number(let number) where number.rounded() == number && abs(number) < 1e9: return String(Int(number))
        case .string, .array: return string(value, at: fields.path / key, field: key)
        default:
            dropped(fields.path / key, field: key, expected: "a string or a whole number", found: value)
            return nil
        }
    }

    func bool(_ fields: FairFields, _ key: String) -> Bool? {
        guard let value = fields[key] else { return nil }
        guard case .bool(let flag) = value else {
            dropped(fields.path / key, field: key, expected: "true or false", found: value)
            return nil
        }
        return flag
    }

    private func number(_ fields: FairFields, _ key: String) -> Double? {
        guard let value = fields[key] else { return nil }
        guard case .number(let number) = value else {
            dropped(fields.path / key, field: key, expected: "a number", found: value)
            return nil
        }
        return number
    }

    // MARK: - Dates

    /// `YYYY-MM-DD`, a real day.
    func date(_ fields: FairFields, _ key: String) -> LocalDate? {
        guard let text = string(fields, key) else { return nil }
        if let date = LocalDate(iso: text) { return date }
        // A day with a time after it (`2019-09-12T00:00:00`, `2019-09-12 10:00`) is that day.
        let bytes = Array(text.utf8)
        if bytes.count > 10, bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "),
           let day = LocalDate(iso: String(decoding: bytes.prefix(10), as: UTF8.self)) {
            log.oddity(.dateCorrected, field: key, at: fields.path / key, "a date with a time \(FairQuote.quoted(text)): read as the day \(day)")
            return day
        }
        guard let date = LocalDate(iso: text) else {
            log.oddity(.dropped, field: key, at: fields.path / key, "bad date \(FairQuote.quoted(text)) (expected a real day as YYYY-MM-DD); left out")
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
            log.oddity(.dropped, field: key, at: fields.path / key,
                       "bad date \(FairQuote.quoted(text)) (expected a real day as YYYY-MM-DD, optionally with a time); left out")
            return nil
        }
        return (text, day)
    }

    // MARK: - Countries and addresses

    /// A country object, a plain string, or a list of either.
    func countries(_ fields: FairFields, _ key: String) -> OneOrMany<FairCountry>? {
        guard let value = fields[key] else { return nil }
        return countries(value, at: fields.path / key, field: key)
    }

    func countries(_ value: JSONValue, at path: JSONPath, field: String) -> OneOrMany<FairCountry>? {
        switch value {
        case .string, .object: return country(value, at: path, field: field, inList: false).map { .one($0) }
        case .array(let elements):
            var countries: [FairCountry] = []
            for (index, element) in elements.enumerated() where element != .null {
                if let country = country(element, at: path / index, field: field, inList: true) { countries.append(country) }
            }
            return .many(countries)
        default:
            dropped(path, field: field, expected: "an object, a string or a list of them", found: value)
            return nil
        }
    }

    private func country(_ value: JSONValue, at path: JSONPath, field: String, inList: Bool) -> FairCountry? {
        switch value {
        case .string(let text): return FairCountry(text: text)
        case .object:
            guard let fields = FairFields(value, at: path, log: log) else { return nil }
            return FairCountry(text: string(fields, "text"), iso2: string(fields, "iso2"))
        default:
            dropped(path, field: field, expected: inList ? "an object or a string" : "an object, a string or a list of them", found: value)
            return nil
        }
    }

    /// An address object or a plain string; of a list, the first usable one (the others are named
    /// in the report, their text quoted, since the format has one address).
    func address(_ fields: FairFields, _ key: String) -> FairAddress? {
        guard let value = fields[key] else { return nil }
        let path = fields.path / key
        guard case .array(let elements) = value else { return address(value, at: path, field: key) }
        var addresses: [FairAddress] = []
        for (index, element) in elements.enumerated() where element != .null {
            if let address = address(element, at: path / index, field: key) { addresses.append(address) }
        }
        guard let first = addresses.first else { return nil }
        if addresses.count == 1 {
            log.oddity(.severalValues, field: key, at: path, "a list of one address: read as the address")
        } else {
            let others = addresses.dropFirst().map { FairQuote.quoted($0.text ?? $0.iso2 ?? "") }.joined(separator: ", ")
            log.oddity(.severalValues, field: key, at: path,
                       "\(addresses.count) addresses: the first is used, the others are not carried over (\(others))")
        }
        return first
    }

    private func address(_ value: JSONValue, at path: JSONPath, field: String) -> FairAddress? {
        switch value {
        case .string(let text): return FairAddress(text: text)
        case .object:
            guard let object = FairFields(value, at: path, log: log) else { return nil }
            return FairAddress(text: string(object, "text"), iso2: string(object, "iso2"),
                               latitude: number(object, "lat"), longitude: number(object, "lon"))
        default:
            dropped(path, field: field, expected: "an object or a string", found: value)
            return nil
        }
    }

    // MARK: - Social links and organisers

    /// Social links: a list of `{platform, url}` objects (one object alone is read as a list).
    func social(_ fields: FairFields, _ key: String) -> [FairSocialLink] {
        guard let value = fields[key] else { return [] }
        let path = fields.path / key
        switch value {
        case .object: return socialLink(value, at: path, field: key).map { [$0] } ?? []
        case .array(let elements):
            return elements.enumerated().compactMap { index, element in
                element == .null ? nil : socialLink(element, at: path / index, field: key)
            }
        default:
            dropped(path, field: key, expected: "a list of objects", found: value)
            return []
        }
    }

    private func socialLink(_ value: JSONValue, at path: JSONPath, field: String) -> FairSocialLink? {
        guard let object = FairFields(value, at: path, log: log) else {
            dropped(path, field: field, expected: "an object (a social link)", found: value)
            return nil
        }
        return FairSocialLink(platform: string(object, "platform"), url: string(object, "url"))
    }

    /// An organiser object or a list of them; a string is read as an organiser's name.
    func organisers(_ fields: FairFields, _ key: String) -> [FairOrganiser] {
        guard let value = fields[key] else { return [] }
        let path = fields.path / key
        switch value {
        case .array(let elements):
            return elements.enumerated().compactMap { index, element in
                element == .null ? nil : organiser(element, at: path / index, field: key)
            }
        default:
            return organiser(value, at: path, field: key).map { [$0] } ?? []
        }
    }

    private func organiser(_ value: JSONValue, at path: JSONPath, field: String) -> FairOrganiser? {
        if case .string(let name) = value {
            log.oddity(.derived, field: field, at: path, "an organiser given as a string: read as its name")
            return FairOrganiser(name: name)
        }
        guard let object = FairFields(value, at: path, log: log) else {
            dropped(path, field: field, expected: "an object (an organiser)", found: value)
            return nil
        }
        return FairOrganiser(name: string(object, "name"), address: string(object, "address"),
                             telephone: string(object, "telephone"), email: string(object, "email"),
                             website: string(object, "website"), social: social(object, "social"))
    }

    // MARK: - Delegations

    /// The official delegations: a list whose entries are a name, or an object with a name
    /// (`name`, `text` or `title`) and/or a country (`country` in any country shape, or `iso2`),
    /// resolved like an exhibitor's. A single entry outside a list is read as a list of one.
    func delegations(_ fields: FairFields, _ key: String) -> [Delegation] {
        guard let value = fields[key] else { return [] }
        let path = fields.path / key
        switch value {
        case .array(let elements):
            return elements.enumerated().compactMap { index, element in
                element == .null ? nil : delegation(element, at: path / index, field: key)
            }
        case .string, .object:
            log.oddity(.severalValues, field: key, at: path, "one delegation given outside a list: read as a list of one")
            return delegation(value, at: path, field: key).map { [$0] } ?? []
        default:
            dropped(path, field: key, expected: "a list of delegations", found: value)
            return []
        }
    }

    private func delegation(_ value: JSONValue, at path: JSONPath, field: String) -> Delegation? {
        if case .string(let text) = value {
            let name = FairText(line: text).text
            guard !name.isEmpty else {
                log.oddity(.dropped, field: field, at: path, "a blank delegation; left out")
                return nil
            }
            return Delegation(name: name)
        }
        guard let object = FairFields(value, at: path, log: log) else {
            dropped(path, field: field, expected: "a string or an object (a delegation)", found: value)
            return nil
        }
        let nameKey = ["name", "text", "title"].first { object.has($0) }
        let name = nameKey.flatMap { string(object, $0) }.map { FairText(line: $0).text }.flatMap { $0.isEmpty ? nil : $0 }
        var country = object.has("country") ? countries(object, "country") : nil
        if country == nil, let iso2 = string(object, "iso2") { country = .one(FairCountry(iso2: iso2)) }
        let resolution = country.map { CountryResolver.resolve($0, at: path / "country") }
        if let name { return Delegation(name: name, country: resolution?.code) }
        if let code = resolution?.code {
            return Delegation(name: CountryNames.name(forCode: code) ?? code, country: code)
        }
        if let text = resolution?.unknownText {
            return Delegation(name: text)
        }
        log.oddity(.dropped, field: field, at: path, "a delegation with neither a name nor a country; left out")
        return nil
    }
}
