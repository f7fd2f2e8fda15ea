import GuideModel

/// One fair file read for a collection: what the catalogue needs of the fair, and its entries
/// cleaned (`CollectedEntry`). Built on whichever thread read the file; nothing here refers to
/// other fairs.
struct CollectedFair: Sendable {
    /// What messages call the file (the path as given).
    var fileName: String
    /// The file's name without directory and `.json`: the fair's id ("adex-2022").
    var stem: String
    var name: String
    var series: String
    var edition: String
    var year: Int?
    /// Nil unless the file gives both an exact start and end date (then `approximateDate` says
    /// how approximately the fair is dated, when anything does).
    var firstDay: LocalDate?
    var lastDay: LocalDate?
    /// The `approxDate` text as written, cleaned.
    var approxDate: String?
    /// When the fair has no exact days: its approximate date (`Fair.approximateDate`).
    var approximateDate: ApproximateDate?
    var fullName: String?
    var website: String?
    /// The further websites of the fair's `website` list, cleaned, each once, none equal to `website`.
    var otherWebsites: [String]
    /// The official delegations the file lists, in its order.
    var delegations: [Delegation]
    /// The venue's country: the address's code when known, else the fair's `country` field.
    var country: String?
    var organisers: [String]
    var exhibitorListURL: String?
    var exhibitorListDateText: String?
    var exhibitorListDate: LocalDate?
    var exhibitorListIncomplete: Bool
    /// Entries in the file's `exhibitor` list, unnamed ones included.
    var entriesRead: Int
    var entries: [CollectedEntry]
    /// The list's categories, each once (by folded name), in order of first use: entries refer
    /// to them by index, so the collection maps each fair's few hundred names to ids once.
    var categories: [KeyedText]

    /// A list was published when the file has at least one named entry: an absent list and an
    /// empty one both leave the fair's exhibitors unknown, not zero.
    var listPublished: Bool { !entries.isEmpty }

    init(_ fair: Fair, fileName: String) {
        self.fileName = fileName
        let base = FairConverter.baseName(fileName)
        stem = base.hasSuffix(".json") ? String(base.dropLast(5)) : base
        let clean = { (text: String?) -> String? in
            guard let text else { return nil }
            let cleaned = FairText(line: text).text
            return cleaned.isEmpty ? nil : cleaned
        }
        let edition = clean(fair.edition) ?? ""
        self.edition = edition
        let editionYear = Int(edition.prefix(4)).flatMap { edition.prefix(4).allSatisfy(\.isASCII) && $0 >= 1000 ? $0 : nil }
        year = fair.startDate?.year ?? editionYear
        let seriesName = clean(fair.series)
        series = seriesName ?? Self.seriesFromStem(stem)
        let derivedName = [seriesName, edition.isEmpty ? nil : edition].compactMap { $0 }.joined(separator: " ")
        name = clean(fair.name) ?? (derivedName.isEmpty ? base : derivedName)
        let exact = fair.startDate != nil && fair.endDate != nil
        firstDay = exact ? fair.startDate : nil
        lastDay = exact ? fair.endDate : nil
        approxDate = clean(fair.approxDate)
        approximateDate = exact ? nil : fair.approximateDate
        if year == nil { year = approximateDate?.year }
        fullName = fair.aliases?.values.lazy.compactMap(clean).first
        let websites = DistinctValues(([fair.website] + fair.otherWebsites.map(Optional.some)).compactMap(clean)).values
        website = websites.first
        otherWebsites = Array(websites.dropFirst())
        delegations = fair.delegations
        if let iso = fair.address?.iso2.map({ FairText(line: $0).text.uppercased() }), CountryNames.isKnownCode(iso) {
            country = iso
        } else {
            country = CountryResolver.resolve(fair.country, at: .root / "country").code
        }
        organisers = fair.organisers.compactMap { clean($0.name) }
        exhibitorListURL = clean(fair.exhibitorListURL)
        exhibitorListDateText = fair.exhibitorListDateText
        exhibitorListDate = fair.exhibitorListDate
        exhibitorListIncomplete = fair.exhibitorListIncomplete == true
        entriesRead = fair.exhibitors.count
        var categoryIndex: [String: Int32] = [:]
        var categoryIndexByText: [String: Int32] = [:]
        var categories: [KeyedText] = []
        // A list names a few dozen countries, each in a handful of spellings, over its thousands
        // of entries: each distinct field is resolved once (resolving also builds the messages
        // of a single fair's conversion, which a collection does not keep). Strings that are
        // equal but spelt with other bytes (composed or not) are resolved apart: the spelling
        // kept is the entry's own.
        var resolvedCountries: [OneOrMany<FairCountry>: (field: OneOrMany<FairCountry>, resolution: CountryResolver.Resolution)] = [:]
        let organiserHosts = FairWebsite.organiserHosts(of: fair)
        entries = fair.exhibitors.compactMap { exhibitor in
            Self.entry(exhibitor, organiserHosts: organiserHosts, country: { field in
                if let known = resolvedCountries[field], Self.sameBytes(known.field, field) { return known.resolution }
                var resolution = CountryResolver.resolve(field, at: .root)
                resolution.changes = []
                if resolvedCountries[field] == nil { resolvedCountries[field] = (field, resolution) }
                return resolution
            }, category: { text in
                if let known = categoryIndexByText[text] { return known }
                let key = FairConverter.categoryKey(text)
                let index = categoryIndex[key] ?? Int32(categories.count)
                if index == Int32(categories.count) {
                    categoryIndex[key] = index
                    categories.append(KeyedText(text: text, key: key))
                }
                categoryIndexByText[text] = index
                return index
            })
        }
        self.categories = categories
    }

    /// Whether two country fields are written with the same bytes (`==` on strings also holds
    /// for other encodings of the same text).
    static func sameBytes(_ a: OneOrMany<FairCountry>, _ b: OneOrMany<FairCountry>) -> Bool {
        func same(_ x: String?, _ y: String?) -> Bool {
            switch (x, y) {
            case (nil, nil): true
            case (var x?, var y?): x.withUTF8 { a in y.withUTF8 { b in a.count == b.count && a.elementsEqual(b) } }
            default: false
            }
        }
        func same(_ x: FairCountry, _ y: FairCountry) -> Bool { same(x.text, y.text) && same(x.iso2, y.iso2) }
        switch (a, b) {
        case let (.one(x), .one(y)): return same(x, y)
        case let (.many(xs), .many(ys)): return xs.count == ys.count && zip(xs, ys).allSatisfy(same)
        default: return false
        }
    }

    /// `adex-2022` -> `adex`: a fair file without a series is taken to be of the series its
    /// file is named after, less a trailing year or edition number.
    static func seriesFromStem(_ stem: String) -> String {
        var parts = stem.split(separator: "-")
        while parts.count > 1, let last = parts.last, last.allSatisfy(\.isNumber) { parts.removeLast() }
        return parts.joined(separator: "-")
    }

    /// The entry cleaned like `FairDocumentBuilder` cleans it, or nil when it has no name;
    /// `country` resolves a country field (`CountryResolver`), `category` gives a cleaned
    /// category's index in the fair's list; `organiserHosts` are the fair's own (`FairWebsite`).
    private static func entry(_ exhibitor: FairExhibitor, organiserHosts: Set<String>,
                              country resolve: (OneOrMany<FairCountry>) -> CountryResolver.Resolution,
                              category: (String) -> Int32) -> CollectedEntry? {
        guard let raw = exhibitor.name else { return nil }
        let name = FairText(line: raw).text
        guard !name.isEmpty else { return nil }
        var aliases = DistinctValues<String>()
        for alias in exhibitor.aliases?.values ?? [] {
            let text = FairText(line: alias).text
            if !text.isEmpty, text != name { aliases.add(text) }
        }
        // (The path is for change messages, which a collection does not keep.)
        let country = CountryResolver.resolve(address: exhibitor.address, after: exhibitor.country.map(resolve) ?? CountryResolver.Resolution(),
                                              at: .root, reporting: false)
        var categories = DistinctValues<Int32>()
        // A text repeated in the list is cleaned and looked up once.
        var rawSeen = Set<String>()
        for raw in exhibitor.category?.values ?? [] where rawSeen.insert(raw).inserted {
            let text = FairText(line: raw).text
            guard !text.isEmpty else { continue }
            categories.add(category(text))
        }
        let clean = { (raw: String) -> String? in
            let text = FairText(line: raw).text
            return text.isEmpty ? nil : FairWebsite.repaired(text, organiserHosts: organiserHosts) ?? text
        }
        // Nearly every entry has one website or none: no list is deduplicated for them.
        let websites = exhibitor.otherWebsites.isEmpty ? (exhibitor.website.flatMap(clean).map { [$0] } ?? [])
            : DistinctValues(([exhibitor.website].compactMap { $0 } + exhibitor.otherWebsites).compactMap(clean)).values
        return CollectedEntry(name: name, aliases: aliases.values, country: country.code, countrySpelling: country.spelling,
                              unknownCountryText: country.unknownText, categories: categories.values, websites: websites)
    }
}
