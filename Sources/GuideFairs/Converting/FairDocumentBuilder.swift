import GuideModel

/// Builds one converted document, section by section, noting each change on the way.
struct FairDocumentBuilder {
    let fair: Fair
    let fileName: String
    private(set) var changes: [FairChange] = []
    /// Fields left behind, by name: how often and where first, reported once each.
    private var notCarried: [(field: String, count: Int, first: JSONPath, why: String)] = []
    /// Where each field is in `notCarried`: files with thousands of unknown field names stay linear.
    private var notCarriedPosition: [String: Int] = [:]
    /// Comparison keys of the list values seen so far, by cleaned text.
    private var keys: [String: String] = [:]

    /// The fair's own sites' hosts, for `FairWebsite.repaired`.
    let organiserHosts: Set<String>

    init(fair: Fair, fileName: String) {
        self.fair = fair
        self.fileName = fileName
        organiserHosts = FairWebsite.organiserHosts(of: fair)
    }

    mutating func build() throws(CatalogLoadError) -> FairConversion {
        let dates = try showDates()
        let eventName = eventName()
        let baseName = FairConverter.baseName(fileName)
        let provenance = FairProvenance(file: baseName, exhibitorListURL: clean(fair.exhibitorListURL, at: .root / "exhibitorListUrl"),
                                        exhibitorListDateText: fair.exhibitorListDateText, exhibitorListDate: fair.exhibitorListDate)
        let hasListSource = provenance.exhibitorListURL != nil || provenance.exhibitorListDate != nil
        let sourceIDs = hasListSource ? [FairConverter.listSourceID, FairConverter.datasetSourceID] : [FairConverter.datasetSourceID]

        let (exhibitors, entriesRead) = exhibitorSection(sources: sourceIDs)
        let venue = venue()
        let timeZone = timeZone(venueCountry: venue.country)
        let aliases = cleanList(fair.aliases, at: .root / "alias", what: "alias").map(\.text)
        let websites = websites()
        let website = websites.first
        let organisers = fair.organisers.enumerated().compactMap { index, organiser in
            clean(organiser.name, at: fair.organisers.count == 1 ? .root / "organiser" / "name" : .root / "organiser" / index / "name")
        }
        noteTopLevelLeftovers()

        var event: [(String, JSONValue)] = [
            ("id", .string(eventID(eventName))),
            ("name", .string(eventName)),
            ("venue", venue.json),
            ("timeZone", .string(timeZone.id)),
            ("dataAsOf", .string(dataAsOf(dates).description)),
            ("notice", .string(notice(name: eventName, file: baseName, exhibitors: exhibitors, entriesRead: entriesRead,
                                      timeZone: timeZone))),
        ]
        if let website { event.append(("website", .string(website))) }
        if !organisers.isEmpty {
            event.append(("organisers", .array(organisers.map { name in
                .dict([("name", .string(name)), ("role", .string("organiser")), ("sources", .strings([FairConverter.datasetSourceID]))])
            })))
        }
        let notes = eventNotes(otherAliases: Array(aliases.dropFirst()))
        if !notes.isEmpty { event.append(("notes", .array(notes))) }

        var show: [(String, JSONValue)] = [
            ("id", .string(showID)),
            ("name", .string(eventName)),
        ]
        if let fullName = aliases.first { show.append(("fullName", .string(fullName))) }
        switch dates {
        case .exact(let firstDay, let lastDay):
            show += [("firstDay", .string(firstDay.description)), ("lastDay", .string(lastDay.description))]
        case .approximate(let date):
            show.append(("approximateDate", .string(date.description)))
        }
        if let website { show.append(("website", .string(website))) }
        if websites.count > 1 { show.append(("otherWebsites", .strings(Array(websites.dropFirst())))) }
        if !fair.delegations.isEmpty {
            show.append(("delegations", .array(fair.delegations.map { delegation in
                var fields: [(String, JSONValue)] = [("name", .string(delegation.name))]
                if let country = delegation.country { fields.append(("country", .string(country))) }
                return .dict(fields)
            })))
        }
        show.append(("sources", .strings([FairConverter.datasetSourceID])))

        var document: [(String, JSONValue)] = [
            ("format", .string("adex-guide/1")),
            ("$comment", .string("Converted by adex-guide from \(baseName), a fair file of the \(FairSource.datasetName) dataset (public domain): \(FairSource.datasetURL). 'adex-guide convert \(baseName) --report' lists every change made.")),
            ("event", .dict(event)),
            ("sources", .array(sources(provenance: provenance, eventName: eventName, organisers: organisers))),
            ("shows", .array([.dict(show)])),
            ("categories", .array(exhibitors.categories)),
            ("countries", .array(exhibitors.countries)),
            ("kinds", .array([.dict([("id", .string(FairConverter.kindID)), ("name", .string("Not stated"))])])),
            ("exhibitors", .array(exhibitors.exhibitors)),
        ]
        if exhibitors.categories.isEmpty { document.removeAll { $0.0 == "categories" } }
        if exhibitors.countries.isEmpty { document.removeAll { $0.0 == "countries" } }

        for leftover in notCarried {
            let times = leftover.count == 1 ? "" : " (\(leftover.count) times)"
            changes.append(FairChange(.notCarriedOver, at: leftover.first, "\(leftover.field)\(times) not carried over: \(leftover.why)"))
        }
        let report = FairConversionReport(fileName: fileName, changes: Self.inFileOrder(changes, entryCount: fair.exhibitors.count), entriesRead: entriesRead,
                                          exhibitorsWritten: exhibitors.exhibitors.count)
        return FairConversion(document: .dict(document), report: report, provenance: provenance)
    }

    /// The fair's own changes first, then each entry's, in list order; the changes of one entry
    /// keep the order they were made in. A counting sort on the entry's position, each path
    /// printed once: linear in the number of changes.
    static func inFileOrder(_ changes: [FairChange], entryCount: Int) -> [FairChange] {
        let prefix = "$.exhibitor["
        // Bucket 0 holds the fair's own changes, bucket i + 1 those of entry i (of `entryCount`).
        let buckets = changes.map { change -> Int in
            let text = change.path.description
            guard text.hasPrefix(prefix), let entry = Int(text.dropFirst(prefix.count).prefix { $0.isASCII && $0.isNumber }),
                  entry < entryCount else { return 0 }
            return entry + 1
        }
        guard let last = buckets.max(), last > 0 else { return changes }
        var next = [Int](repeating: 0, count: last + 2)
        for bucket in buckets { next[bucket + 1] += 1 }
        for bucket in 0...last { next[bucket + 1] += next[bucket] }
        var ordered = changes
        for (change, bucket) in zip(changes, buckets) {
            ordered[next[bucket]] = change
            next[bucket] += 1
        }
        return ordered
    }

    // MARK: - Strings

    mutating func appendChanges(_ more: [FairChange]) {
        changes += more
    }

    /// The cleaned text, or nil when absent or blank; whitespace and references fixed are noted.
    mutating func clean(_ raw: String?, at path: JSONPath) -> String? {
        guard let raw else { return nil }
        let cleaned = FairText(line: raw)
        if cleaned.text.isEmpty {
            if !raw.isEmpty { changes.append(FairChange(.duplicateOrBlank, at: path, "blank \(FairQuote.quoted(raw)); left out")) }
            return nil
        }
        noteCleaning(raw, cleaned, at: path)
        return cleaned.text
    }

    /// Notes what cleaning changed in a text that is not blank.
    private mutating func noteCleaning(_ raw: String, _ cleaned: FairText, at path: @autoclosure () -> JSONPath) {
        if cleaned.decodedReferences {
            changes.append(FairChange(.characterReference, at: path(), "\(FairQuote.quoted(raw)) -> \(FairQuote.quoted(cleaned.text)) (HTML character references decoded)"))
        } else if cleaned.changedWhitespace {
            changes.append(FairChange(.whitespace, at: path(), "\(FairQuote.quoted(raw)) -> \(FairQuote.quoted(cleaned.text))"))
        }
    }

    /// A string-or-list field as cleaned strings, each once (by `FairConverter.categoryKey`),
    /// blanks left out.
    ///
    /// Linear in the list, however often a value repeats: a text seen before in the list is
    /// recognised by a hash lookup before any cleaning, each distinct text is cleaned and keyed
    /// once, and repeats and blanks are reported as one change each per list (with how many
    /// values it stands for), not one per value.
    mutating func cleanList(_ field: OneOrMany<String>?, at path: JSONPath, what: String) -> [KeyedText] {
        guard let field else { return [] }
        if !field.isList {
            changes.append(FairChange(.singleValue, at: path, "\(what) given as one string; read as a list of one"))
        }
        /// The values of one kind left out: how many, and the first (its text and position).
        struct LeftOut {
            var count = 0
            var first: (text: String, index: Int)?

            mutating func add(_ text: String, at index: Int) {
                count += 1
                if first == nil { first = (text, index) }
            }
        }
        // Each distinct text of the list, cleaned and keyed; nil when it is blank.
        var cleanedText: [String: KeyedText?] = [:]
        var seenKeys = Set<String>()
        var values: [KeyedText] = []
        var repeated = LeftOut()
        var blank = LeftOut()
        func elementPath(_ index: Int) -> JSONPath { field.isList ? path / index : path }
        for (index, raw) in field.values.enumerated() {
            if let known = cleanedText[raw] {
                if let known {
                    repeated.add(known.text, at: index)
                } else if !raw.isEmpty {
                    blank.add(raw, at: index)
                }
                continue
            }
            let cleaned = FairText(line: raw)
            guard !cleaned.text.isEmpty else {
                cleanedText[raw] = .some(nil)
                if !raw.isEmpty { blank.add(raw, at: index) }
                continue
            }
            noteCleaning(raw, cleaned, at: elementPath(index))
            let text = cleaned.text
            let key = keys[text] ?? FairConverter.categoryKey(text)
            keys[text] = key
            cleanedText[raw] = KeyedText(text: text, key: key)
            guard seenKeys.insert(key).inserted else {
                repeated.add(text, at: index)
                continue
            }
            values.append(KeyedText(text: text, key: key))
        }
        if let first = repeated.first {
            changes.append(repeated.count == 1
                ? FairChange(.duplicateOrBlank, at: elementPath(first.index), "\(FairQuote.quoted(first.text)) repeated; left out")
                : FairChange(.duplicateOrBlank, at: path,
                             "\(repeated.count) repeated values left out (the first at [\(first.index)]: \(FairQuote.quoted(first.text)))",
                             occurrences: repeated.count))
        }
        if let first = blank.first {
            changes.append(blank.count == 1
                ? FairChange(.duplicateOrBlank, at: elementPath(first.index), "blank \(FairQuote.quoted(first.text)); left out")
                : FairChange(.duplicateOrBlank, at: path, "\(blank.count) blank values left out (the first at [\(first.index)]: \(FairQuote.quoted(first.text)))",
                             occurrences: blank.count))
        }
        return values
    }

    /// Counts one more `field` left behind; the first place it was seen is the one reported.
    mutating func leftOver(_ field: String, at path: @autoclosure () -> JSONPath, why: @autoclosure () -> String) {
        if let index = notCarriedPosition[field] {
            notCarried[index].count += 1
        } else {
            notCarriedPosition[field] = notCarried.count
            notCarried.append((field, 1, path(), why()))
        }
    }

    // MARK: - Event

    /// When the show is: its days, or as approximately as the file dates it.
    enum ShowDates {
        case exact(LocalDate, LocalDate)
        case approximate(ApproximateDate)
    }

    /// The days when both are known (the reader never gives an end before the start), else the
    /// approximate date the reader found; a fair nothing dates cannot be shown.
    private func showDates() throws(CatalogLoadError) -> ShowDates {
        if let start = fair.startDate, let end = fair.endDate, start <= end { return .exact(start, end) }
        if let approximate = fair.approximateDate { return .approximate(approximate) }
        var message = "no date: neither startDate and endDate, nor an approxDate"
        if let text = fair.approxDate { message = "no date: the approximate date \(FairQuote.quoted(text)) names no year, and there is no startDate and endDate" }
        message += ", nor a year in the edition or the file name; the guide needs at least the fair's year to show it"
        throw .invalid([LoadProblem(file: fileName, location: .path(.root / "startDate"), message: message)])
    }

    /// The fair's websites, cleaned, each once, in file order: the first is the website.
    private mutating func websites() -> [String] {
        var seen = Set<String>()
        var websites: [String] = []
        if let first = clean(fair.website, at: .root / "website"), seen.insert(first).inserted { websites.append(first) }
        for (index, raw) in fair.otherWebsites.enumerated() {
            // The first of the list is `website`; the others are at [1], [2]...
            if let text = clean(raw, at: .root / "website" / (index + 1)), seen.insert(text).inserted { websites.append(text) }
        }
        return websites
    }

    private mutating func eventName() -> String {
        if let name = clean(fair.name, at: .root / "name") { return name }
        let parts = [fair.series, fair.edition].compactMap { $0.map { FairText(line: $0).text } }.filter { !$0.isEmpty }
        let name = parts.isEmpty ? FairConverter.baseName(fileName) : parts.joined(separator: " ")
        changes.append(FairChange(.derived, at: .root / "name", "no name given; the event is called \(FairQuote.quoted(name)) (\(parts.isEmpty ? "the file's name" : "series and edition"))"))
        return name
    }

    /// `caat-` and the slug of the name: apart from the bundled data's own ids (a plan made on
    /// the bundled ADEX-2024 is not mixed with one made on the dataset's copy of its list).
    private func eventID(_ name: String) -> String {
        let slug = FairSlug.make(name)
        return "caat-" + (slug.isEmpty ? "fair" : slug)
    }

    /// The show's id: the series' slug (`adex`), which every listed exhibitor belongs to.
    var showID: String {
        let slug = FairSlug.make(fair.series ?? "")
        return slug.isEmpty ? "fair" : slug
    }

    private mutating func dataAsOf(_ dates: ShowDates) -> LocalDate {
        if let listDate = fair.exhibitorListDate { return listDate }
        switch dates {
        case .exact(_, let lastDay):
            changes.append(FairChange(.derived, at: .root / "exhibitorListDate", "no list date; the data is dated to the fair's last day, \(lastDay)"))
            return lastDay
        case .approximate(let date):
            changes.append(FairChange(.derived, at: .root / "exhibitorListDate",
                                      "no list date; the data is dated to the last day the approximate date \(date) can mean, \(date.lastDay)"))
            return date.lastDay
        }
    }

    private mutating func eventNotes(otherAliases: [String]) -> [JSONValue] {
        var notes: [JSONValue] = []
        func note(_ topic: String, _ text: String) -> JSONValue {
            .dict([("topic", .string(topic)), ("text", .string(text)), ("confidence", .string("confirmed")),
                   ("sources", .strings([FairConverter.datasetSourceID]))])
        }
        if !otherAliases.isEmpty { notes.append(note("Other names", otherAliases.joined(separator: "; "))) }
        if fair.online == true { notes.append(note("Online", "The dataset marks this fair as held online.")) }
        if fair.exhibitorListIncomplete == true {
            notes.append(note("Exhibitor list incomplete", "The dataset marks its copy of the exhibitor list as incomplete."))
        }
        return notes
    }

    private mutating func noteTopLevelLeftovers() {
        if !fair.social.isEmpty { leftOver("social", at: .root / "social", why: "the format has no social links") }
        for (index, organiser) in fair.organisers.enumerated() {
            let path: JSONPath = fair.organisers.count == 1 ? .root / "organiser" : .root / "organiser" / index
            if organiser.address != nil || organiser.telephone != nil || organiser.email != nil || organiser.website != nil || !organiser.social.isEmpty {
                leftOver("organiser contact details", at: path, why: "the format keeps organisers' names only")
            }
        }
        if let approximate = fair.approxDate, fair.approximateDate == nil {
            leftOver("approxDate", at: .root / "approxDate", why: "the start and end dates are used (\(FairQuote.quoted(approximate)))")
        }
        for field in fair.otherFields {
            leftOver(field, at: .root / field, why: "a field this guide does not know")
        }
    }

    // MARK: - Venue and time zone

    struct VenueResult {
        var json: JSONValue
        var country: String?
    }

    private mutating func venue() -> VenueResult {
        let path: JSONPath = .root / "address"
        var lines = fair.address?.text.map(FairText.lines) ?? []
        var fields: [(String, JSONValue)] = []
        if lines.isEmpty {
            changes.append(FairChange(.derived, at: path, "no address; the venue is \"not stated in the dataset\""))
            fields.append(("name", .string("not stated in the dataset")))
        } else {
            fields.append(("name", .string(lines.removeFirst())))
            if !lines.isEmpty { fields.append(("address", .string(lines.joined(separator: ", ")))) }
        }
        if let latitude = fair.address?.latitude, let longitude = fair.address?.longitude {
            if (-90...90).contains(latitude) && (-180...180).contains(longitude) {
                fields += [("latitude", .number(latitude)), ("longitude", .number(longitude))]
            } else {
                changes.append(FairChange(.notCarriedOver, at: path / "lat", "coordinates \(latitude), \(longitude) are not on Earth; left out"))
            }
        }
        fields.append(("sources", .strings([FairConverter.datasetSourceID])))
        return VenueResult(json: .dict(fields), country: venueCountry())
    }

    /// The venue's country: the address's code, else the fair's country, else the address's last
    /// line read as a name.
    private func venueCountry() -> String? {
        if let iso = fair.address?.iso2.map({ FairText(line: $0).text.uppercased() }), CountryNames.isKnownCode(iso) { return iso }
        if let code = CountryResolver.resolve(fair.country, at: .root / "country").code { return code }
        if let last = fair.address?.text.map(FairText.lines)?.last { return CountryNames.code(forName: last) }
        return nil
    }

    struct TimeZoneChoice {
        var id: String
        /// Why the zone is what it is, in words for the notice.
        var reason: String
    }

    private mutating func timeZone(venueCountry: String?) -> TimeZoneChoice {
        let path: JSONPath = .root / "address"
        guard let country = venueCountry else {
            changes.append(FairChange(.derived, at: path, "the venue's country is not known; times are in UTC"))
            return TimeZoneChoice(id: "UTC", reason: "The venue's country is not known, so times are in UTC.")
        }
        let name = CountryNames.name(forCode: country) ?? country
        guard let zone = CountryNames.timeZone(forCode: country) else {
            changes.append(FairChange(.derived, at: path, "\(name) (\(country)) keeps more than one time; times are in UTC"))
            return TimeZoneChoice(id: "UTC", reason: "\(name) keeps more than one time and the dataset does not say which applies, so times are in UTC.")
        }
        changes.append(FairChange(.derived, at: path, "time zone \(zone), the time of \(name) (\(country)), the venue's country"))
        return TimeZoneChoice(id: zone, reason: "Times are in \(zone), the time of the venue's country (\(name)).")
    }

    // MARK: - Sources and notice

    private func sources(provenance: FairProvenance, eventName: String, organisers: [String]) -> [JSONValue] {
        var sources: [JSONValue] = []
        if provenance.exhibitorListURL != nil || provenance.exhibitorListDate != nil {
            var list: [(String, JSONValue)] = [
                ("id", .string(FairConverter.listSourceID)),
                ("title", .string("\(eventName): exhibitor list (organiser's website)")),
            ]
            if !organisers.isEmpty { list.append(("publisher", .string(organisers.joined(separator: "; ")))) }
            if let date = provenance.exhibitorListDate {
                list.append(("date", .string(date.description)))
                list.append(("dateNote", .string("the day the dataset copied the list (\(provenance.exhibitorListDateText ?? date.description))")))
            }
            if let url = provenance.exhibitorListURL { list.append(("url", .string(url))) }
            list.append(("note", .string("As copied by Campaign Against Arms Trade and Omega Research Foundation: names, countries and categories as the organiser published them.")))
            sources.append(.dict(list))
        }
        sources.append(.dict([
            ("id", .string(FairConverter.datasetSourceID)),
            ("title", .string("\(FairSource.datasetName), file \(provenance.file)")),
            ("publisher", .string("Campaign Against Arms Trade and Omega Research Foundation")),
            ("url", .string(FairSource.datasetURL)),
            ("note", .string("Public domain. Converted to adex-guide/1 by adex-guide; every change is listed by 'adex-guide convert \(provenance.file) --report'.")),
        ]))
        return sources
    }

    private func notice(name: String, file: String, exhibitors: ExhibitorSection, entriesRead: Int, timeZone: TimeZoneChoice) -> String {
        var text = "Exhibitor list only: \(name) as recorded in the arms-fair dataset of Campaign Against Arms Trade and Omega Research Foundation (file \(file)). "
        if !fair.hasExhibitorList {
            text += "The dataset has no exhibitor list for this fair, only its name, dates and venue. "
        } else if entriesRead == 0 {
            text += "The dataset's exhibitor list for this fair is empty. "
        } else {
            text += "The organiser's list"
            if let date = fair.exhibitorListDate { text += " as copied on \(date.longText)" }
            text += " has \(entriesRead) \(entriesRead == 1 ? "entry" : "entries")"
            let merged = changes.reduce(0) { $0 + ($1.kind == .duplicatesMerged ? $1.occurrences : 0) }
            let leftOut = changes.reduce(0) { $0 + ($1.kind == .entryLeftOut ? $1.occurrences : 0) }
            var steps: [String] = []
            if merged > 0 { steps.append("merging \(merged) duplicate \(merged == 1 ? "entry" : "entries")") }
            if leftOut > 0 { steps.append("leaving out \(leftOut) unnamed \(leftOut == 1 ? "entry" : "entries")") }
            if !steps.isEmpty { text += ": \(exhibitors.exhibitors.count) exhibitors after " + steps.joined(separator: " and ") }
            text += ". "
            if fair.exhibitorListIncomplete == true { text += "The dataset marks this list as incomplete. " }
            if exhibitors.withoutCountry > 0 {
                let all = exhibitors.exhibitors.count
                text += exhibitors.withoutCountry == all ? "No country is given for any of them. "
                    : "No country is given for \(exhibitors.withoutCountry) of the \(all) exhibitors. "
            }
            if exhibitors.countryFromAddress > 0 {
                let count = exhibitors.countryFromAddress
                text += count == exhibitors.exhibitors.count ? "Every exhibitor's country is read from its address (the list gives none). "
                    : "The country of \(count) exhibitor\(count == 1 ? " is" : "s is") read from \(count == 1 ? "its address" : "their addresses") (the list gives none). "
            }
        }
        if let approximate = fair.approximateDate, fair.startDate == nil || fair.endDate == nil {
            text += "The dataset dates this fair only approximately (\(approximate.label)); its days are not known. "
        }
        text += "Not in the data: programme, halls, stands and opening hours. "
        text += timeZone.reason
        return text
    }
}
