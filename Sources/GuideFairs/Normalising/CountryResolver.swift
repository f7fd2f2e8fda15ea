import GuideModel

/// Turns a fair file's country field (an object, a string or a list of them) into one ISO code,
/// or keeps the text when it names no known country.
///
/// The text is what the organiser published; `iso2` is the dataset's code, sometimes a
/// geocoder's guess from an address fragment ("13fl. Sungwoo bd" became BD, Bangladesh). So a
/// text that names a country wins, and a code is used alone only when there is no text or no
/// entry names a country. Of several entries the first that names a country is kept. Every such
/// decision is reported.
struct CountryResolver {
    /// What one country field comes to.
    struct Resolution: Equatable {
        /// The ISO code, when one could be settled on.
        var code: String?
        /// The text kept when no code could be (`"EUROPEAN UNION"`).
        var unknownText: String?
        /// The spelling of the country as the file writes it, when it names the country.
        var spelling: String?
        /// Whether the code comes from the entry's address, the entry giving no country.
        var fromAddress = false
        var changes: [FairChange] = []
    }

    private enum Strength: Int, Comparable {
        case unknown, fragment, codeOnly, named
        static func < (a: Strength, b: Strength) -> Bool { a.rawValue < b.rawValue }
    }

    private struct Candidate {
        var strength: Strength
        var code: String?
        var text: String
        var iso: String?
        var spelling: String?
        var path: JSONPath
    }

    static func resolve(_ field: OneOrMany<FairCountry>?, at path: JSONPath) -> Resolution {
        guard let field else { return Resolution() }
        // A country repeated in the list is looked at once (its first place), and said once with
        // how often it is given: linear however long the list.
        let values = field.values
        var firstPlace: [FairCountry: Int] = [:]
        var distinct: [(country: FairCountry, index: Int, times: Int)] = []
        for (index, country) in values.enumerated() {
            if let place = firstPlace[country] {
                distinct[place].times += 1
            } else {
                firstPlace[country] = distinct.count
                distinct.append((country, index, 1))
            }
        }
        let candidates = distinct.map { candidate($0.country, at: field.isList ? path / $0.index : path) }
        guard let best = candidates.enumerated().max(by: { a, b in
            // The strongest; of equals, the first.
            a.element.strength < b.element.strength || (a.element.strength == b.element.strength && a.offset > b.offset)
        })?.element else { return Resolution() }
        var resolution = Resolution(code: best.code, spelling: best.spelling)
        if values.count > 1 {
            let listed = zip(candidates, distinct).map { candidate, value in
                describe(candidate) + (value.times > 1 ? " ×\(value.times)" : "")
            }.joined(separator: ", ")
            let kept = best.code.map { "kept \($0)" } ?? "kept \(FairQuote.quoted(best.text)) as text"
            let why = best.strength == .named ? ", the first that names a country" : ", the first"
            resolution.changes.append(FairChange(.severalCountries, at: path, "\(values.count) countries given (\(listed)); \(kept)\(why)"))
        }
        switch best.strength {
        case .named:
            if let iso = best.iso, iso != best.code, CountryNames.isKnownCode(iso) {
                resolution.changes.append(FairChange(.countryDoubtful, at: best.path,
                    "the text \(FairQuote.quoted(best.text)) names \(best.code ?? "?"), but iso2 says \(iso); kept \(best.code ?? "?"), the name as published"))
            } else if best.iso == nil {
                resolution.changes.append(FairChange(.countryMapped, at: best.path, "\(FairQuote.quoted(best.text)) -> \(best.code ?? "?")"))
            }
        case .codeOnly:
            break
        case .fragment:
            resolution.changes.append(FairChange(.countryDoubtful, at: best.path,
                "the text \(FairQuote.quoted(best.text)) names no country; kept the dataset's code \(best.iso ?? "?")"))
        case .unknown:
            if !best.text.isEmpty {
                resolution.unknownText = best.text
                var message = "\(FairQuote.quoted(best.text)) names no country this guide knows; kept as text"
                if let iso = best.iso, !iso.isEmpty { message += " (iso2 \(FairQuote.quoted(iso)) is not a country code either)" }
                resolution.changes.append(FairChange(.countryUnknown, at: best.path, message))
            } else if let iso = best.iso, !iso.isEmpty {
                resolution.changes.append(FairChange(.countryUnknown, at: best.path / "iso2", "\(FairQuote.quoted(iso)) is not a country code; no country kept"))
            }
        }
        return resolution
    }

    /// An exhibitor entry's country: its country field, else (when the field gives neither a code
    /// nor a text) its address's. `path` is the entry's.
    static func resolve(_ field: OneOrMany<FairCountry>?, address: FairAddress?, atEntry path: JSONPath) -> Resolution {
        resolve(address: address, after: resolve(field, at: path / "country"), at: path / "address")
    }

    /// `country` (an entry's country field, resolved), or when it gives neither a code nor a text,
    /// the address's country; the one rule of both the single-file and the folder paths.
    static func resolve(address: FairAddress?, after country: Resolution, at path: JSONPath, reporting: Bool = true) -> Resolution {
        guard country.code == nil && country.unknownText == nil, let address else { return country }
        return resolve(address: address, at: path, reporting: reporting)
    }

    /// The country of an entry that gives none, from its address (DSEI, IDEF and the Paris Air
    /// Show list addresses, not countries: most of their entries would have no country). The same
    /// rule as a country field: the address's last line when it names a country, else the
    /// address's code. Text that names no country is not kept: it is a street, not a country.
    /// `reporting: false` skips the change messages (a folder of fairs keeps none).
    static func resolve(address: FairAddress, at path: JSONPath, reporting: Bool = true) -> Resolution {
        let best = candidate(FairCountry(text: address.text, iso2: address.iso2), at: path)
        switch best.strength {
        case .named:
            var resolution = Resolution(code: best.code, spelling: best.spelling, fromAddress: true)
            guard reporting else { return resolution }
            var message = "no country given; the address names \(best.code ?? "?") (\(FairQuote.quoted(best.spelling ?? best.text)))"
            if let iso = best.iso, iso != best.code, CountryNames.isKnownCode(iso) { message += ", though its iso2 says \(iso)" }
            resolution.changes.append(FairChange(.countryFromAddress, at: path, message))
            return resolution
        case .codeOnly, .fragment:
            var resolution = Resolution(code: best.code, fromAddress: true)
            guard reporting else { return resolution }
            resolution.changes.append(FairChange(.countryFromAddress, at: path / "iso2",
                                                 "no country given; kept the address's code \(best.code ?? "?")"))
            return resolution
        case .unknown:
            return Resolution()
        }
    }

    private static func candidate(_ country: FairCountry, at path: JSONPath) -> Candidate {
        let lines = country.text.map(FairText.lines) ?? []
        let text = lines.joined(separator: ", ")
        let rawISO = country.iso2.map { FairText(line: $0).text.uppercased() }
        let iso = rawISO.flatMap { $0.isEmpty ? nil : $0 }
        let knownISO = iso.flatMap { CountryNames.isKnownCode($0) ? $0 : nil }
        if country.text != nil, let (code, spelling) = named(lines: lines) {
            return Candidate(strength: .named, code: code, text: text, iso: iso, spelling: spelling, path: path)
        }
        if let knownISO {
            return Candidate(strength: text.isEmpty ? .codeOnly : .fragment, code: knownISO, text: text, iso: iso, path: path)
        }
        return Candidate(strength: .unknown, code: nil, text: text, iso: iso, path: path)
    }

    /// The code and spelling when the whole text, or its last line (addresses end with the
    /// country), names a country.
    private static func named(lines: [String]) -> (String, String)? {
        let whole = lines.joined(separator: " ")
        if let code = CountryNames.code(forName: whole) { return (code, whole) }
        if lines.count > 1, let last = lines.last, let code = CountryNames.code(forName: last) { return (code, last) }
        return nil
    }

    private static func describe(_ candidate: Candidate) -> String {
        switch candidate.strength {
        case .named: candidate.code ?? "?"
        case .codeOnly, .fragment: "\(candidate.code ?? "?") \(FairQuote.quoted(candidate.text))"
        case .unknown: FairQuote.quoted(candidate.text)
        }
    }
}
