import Foundation

/// Turns a parsed `adex-guide/1` document into model values, checking shape and meaning in one
/// pass and logging every problem with its JSON path.
///
/// Sections are read in dependency order (sources, shows, halls, taxonomies, exhibitors, products,
/// programme), so a reference is checked where it is written and its path is exact.
struct ShowFileDecoder {
    static let supportedFormat = "adex-guide/1"

    let log: ProblemLog

    /// The decoded parts, complete only when the log is empty.
    struct Decoded {
        var event: Event?
        var sources: [Source] = []
        var shows: [Show] = []
        var halls: [Hall] = []
        var categories: [Category] = []
        var countries: [Country] = []
        var kinds: [ExhibitorKind] = []
        var exhibitors: [Exhibitor] = []
        var products: [Product] = []
        var programme: [ProgrammeItem] = []
        var figures: [Figure] = []
    }

    private let sourceIDs: IDRegistry
    private let showIDs: IDRegistry
    private let hallIDs: IDRegistry
    private let categoryIDs: IDRegistry
    private let countryIDs: IDRegistry
    private let kindIDs: IDRegistry
    private let exhibitorIDs: IDRegistry
    private let productIDs: IDRegistry
    private let programmeIDs = IDRegistry(noun: "programme item", section: "programme", key: "id")
    private let figureIDs = IDRegistry(noun: "figure", section: "figures", key: "id")
    /// Where each category's `parent` is written, so parent problems point at the right line.
    private let categoryParentPaths = IDRegistry(noun: "category parent", section: "categories", key: "parent")
    /// Set in the decoder that reads products while exhibitors are still being read: product
    /// exhibitors are then checked afterwards (see `exhibitorsAndProducts`).
    private let checksProductExhibitorsLater: Bool

    /// How many "did you mean" searches are left for this file.
    private final class SuggestionBudget {
        var remaining = 25
        func spendSuggestion() -> Bool {
            guard remaining > 0 else { return false }
            remaining -= 1
            return true
        }
    }

    private let budget = SuggestionBudget()

    /// The countries delegations name, checked once the `countries` section (read after the
    /// shows) is known.
    private final class PendingCountries {
        var references: [(path: JSONPath, code: String)] = []
    }

    private let delegationCountries = PendingCountries()

    init(log: ProblemLog) {
        self.log = log
        sourceIDs = IDRegistry(noun: "source", section: "sources", key: "id")
        showIDs = IDRegistry(noun: "show", section: "shows", key: "id")
        hallIDs = IDRegistry(noun: "hall", section: "halls", key: "id")
        categoryIDs = IDRegistry(noun: "category", section: "categories", key: "id")
        countryIDs = IDRegistry(noun: "country", section: "countries", key: "code")
        kindIDs = IDRegistry(noun: "kind", section: "kinds", key: "id")
        exhibitorIDs = IDRegistry(noun: "exhibitor", section: "exhibitors", key: "id")
        productIDs = IDRegistry(noun: "product", section: "products", key: "id")
        checksProductExhibitorsLater = false
    }

    /// A decoder for one half of `exhibitorsAndProducts`: its own log and copies of the registries
    /// read so far, so the two halves share nothing they change.
    private init(log: ProblemLog, copying other: ShowFileDecoder, checksProductExhibitorsLater: Bool) {
        self.log = log
        sourceIDs = other.sourceIDs.copy()
        showIDs = other.showIDs.copy()
        hallIDs = other.hallIDs.copy()
        categoryIDs = other.categoryIDs.copy()
        countryIDs = other.countryIDs.copy()
        kindIDs = other.kindIDs.copy()
        exhibitorIDs = other.exhibitorIDs.copy()
        productIDs = other.productIDs.copy()
        self.checksProductExhibitorsLater = checksProductExhibitorsLater
    }

    func decode(_ document: JSONDocument) -> Decoded {
        var decoded = Decoded()
        guard let top = ObjectReader(document.root, at: LazyPath(.root), in: document, log: log) else { return decoded }
        top.rejectUnknownFields(allowed: ["$schema", "$comment", "format", "event", "sources", "shows", "halls",
                                          "categories", "countries", "kinds", "exhibitors", "products",
                                          "programme", "figures"])
        if let format = top.string("format", required: true, nonEmpty: false), format != Self.supportedFormat {
            log.add(.root / "format", "unsupported format \(quoted(format)) (this version of adex-guide reads \"\(Self.supportedFormat)\")")
            // Reading further would only produce noise about a format we do not know.
            return decoded
        }

        decoded.sources = list(top, "sources", required: true, registry: sourceIDs, decodeSource)
        decoded.shows = list(top, "shows", required: true, minimumCount: 1, registry: showIDs, decodeShow)
        if let eventReader = top.object("event", required: true) {
            decoded.event = decodeEvent(eventReader, shows: decoded.shows)
        }
        decoded.halls = list(top, "halls", registry: hallIDs, decodeHall)
        decoded.categories = list(top, "categories", registry: categoryIDs, decodeCategory)
        checkCategoryParents(decoded.categories)
        decoded.countries = list(top, "countries", registry: countryIDs, decodeCountry)
        for reference in delegationCountries.references {
            checkReference(reference.code, in: countryIDs, noun: "country", at: reference.path)
        }
        decoded.kinds = list(top, "kinds", registry: kindIDs, decodeKind)
        let standCodes = Dictionary(decoded.halls.map { ($0.id, Set($0.stands.map(\.code))) }, uniquingKeysWith: { first, _ in first })
        (decoded.exhibitors, decoded.products) = exhibitorsAndProducts(top, standCodes: standCodes)
        let eventDays = Self.eventSpan(decoded.shows)
        let showsByID = Dictionary(decoded.shows.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        decoded.programme = list(top, "programme", registry: programmeIDs) { decodeProgrammeItem($0, at: $1, shows: showsByID, eventDays: eventDays) }
        decoded.figures = list(top, "figures", registry: figureIDs, decodeFigure)
        return decoded
    }

    static func eventSpan(_ shows: [Show]) -> ClosedRange<LocalDate>? {
        guard let first = shows.map(\.firstDay).min(), let last = shows.map(\.lastDay).max(), first <= last else { return nil }
        return first...last
    }

    /// Exhibitors, then products: the two large sections. When everything so far is valid, they
    /// are first read at the same time by two decoders of their own (products do not depend on
    /// exhibitors except through their `exhibitor` field, checked once both are read). That is
    /// kept only if neither found a problem; otherwise both are read again, one after the other,
    /// so every problem is reported in the usual order, with the usual words.
    private func exhibitorsAndProducts(_ top: ObjectReader, standCodes: [String: Set<String>]) -> ([Exhibitor], [Product]) {
        if log.isEmpty, let both = exhibitorsAndProductsAtOnce(top.document, standCodes: standCodes) {
            return both
        }
        let exhibitors = list(top, "exhibitors", registry: exhibitorIDs) { decodeExhibitor($0, at: $1, standCodes: standCodes) }
        let products = list(top, "products", registry: productIDs, decodeProduct)
        return (exhibitors, products)
    }

    /// Both sections read side by side, or nil if either half found a problem.
    private func exhibitorsAndProductsAtOnce(_ document: JSONDocument, standCodes: [String: Set<String>]) -> ([Exhibitor], [Product])? {
        let exhibitorHalf = ShowFileDecoder(log: ProblemLog(file: log.file), copying: self, checksProductExhibitorsLater: false)
        let productHalf = ShowFileDecoder(log: ProblemLog(file: log.file), copying: self, checksProductExhibitorsLater: true)
        // Each half is used by one thread only, and the document is read-only while they run.
        let halves = UncheckedSendable((exhibitorHalf, productHalf, document))
        var (exhibitors, products) = concurrently({
            let (decoder, _, document) = halves.value
            guard let top = ObjectReader(document.root, at: LazyPath(.root), in: document, log: decoder.log) else { return [Exhibitor]() }
            return decoder.list(top, "exhibitors", registry: decoder.exhibitorIDs) { decoder.decodeExhibitor($0, at: $1, standCodes: standCodes) }
        }, {
            let (_, decoder, document) = halves.value
            guard let top = ObjectReader(document.root, at: LazyPath(.root), in: document, log: decoder.log) else { return [Product]() }
            return decoder.list(top, "products", registry: decoder.productIDs, decoder.decodeProduct)
        })
        guard exhibitorHalf.log.isEmpty, productHalf.log.isEmpty else { return nil }
        for index in products.indices {
            guard let exhibitor = products[index].exhibitor else { continue }
            if let registered = exhibitorHalf.exhibitorIDs.registered(exhibitor) {
                products[index].exhibitor = registered
            } else if !exhibitorHalf.exhibitorIDs.contains(exhibitor) {
                return nil
            }
        }
        exhibitorIDs.adopt(exhibitorHalf.exhibitorIDs)
        productIDs.adopt(productHalf.productIDs)
        return (exhibitors, products)
    }

    // MARK: - Sections

    /// Decodes each object of a section; `decodeOne` gets the element's reader and index. Room for
    /// every element is made first in the list and in the section's `registry`.
    private func list<T>(_ reader: ObjectReader, _ key: StaticString, required: Bool = false, minimumCount: Int = 0,
                         registry: IDRegistry? = nil, _ decodeOne: (ObjectReader, Int) -> T?) -> [T] {
        guard let elements = reader.array(key, required: required, minimumCount: minimumCount) else { return [] }
        let count = elements.count(upTo: .max)
        registry?.reserveCapacity(count)
        var decoded: [T] = []
        decoded.reserveCapacity(count)
        for element in elements {
            guard let elementReader = reader.reader(for: element), let value = decodeOne(elementReader, element.index) else { continue }
            decoded.append(value)
        }
        return decoded
    }

    private func decodeSource(_ r: ObjectReader, at index: Int) -> Source? {
        r.rejectUnknownFields(allowed: ["id", "title", "publisher", "date", "dateNote", "url", "note"])
        let id = r.id("id")
        if let id { _ = sourceIDs.register(id, at: index, log: log) }
        let title = r.string("title", required: true)
        let date = r.string("date", nonEmpty: false)
        if let date, !Self.isPartialDate(date) {
            log.add(r.path / "date", "bad date \(quoted(date)) (expected YYYY, YYYY-MM or YYYY-MM-DD)")
        }
        let source = Source(id: id ?? "", title: title ?? "", publisher: r.string("publisher"), date: date,
                            dateNote: r.string("dateNote"), url: r.string("url"), note: r.string("note"))
        return id == nil || title == nil ? nil : source
    }

    private func decodeShow(_ r: ObjectReader, at index: Int) -> Show? {
        r.rejectUnknownFields(allowed: ["id", "name", "fullName", "edition", "theme", "firstDay", "lastDay",
                                        "approximateDate", "openingHours", "website", "otherWebsites", "delegations", "sources"])
        let id = r.id("id")
        if let id { _ = showIDs.register(id, at: index, log: log) }
        let name = r.string("name", required: true)
        // Either both days or an approximate date: a show is dated one way, never both or neither.
        let approximateDate = decodeApproximateDate(r)
        let hasDays = r.has("firstDay") || r.has("lastDay")
        if approximateDate != nil || r.has("approximateDate") {
            if hasDays {
                log.add(r.path / "approximateDate", "a show has either firstDay and lastDay or an approximateDate, not both")
            }
        }
        let datedApproximately = r.has("approximateDate") && !hasDays
        let firstDay = datedApproximately ? approximateDate?.firstDay : r.date("firstDay", required: true)
        let lastDay = datedApproximately ? approximateDate?.lastDay : r.date("lastDay", required: true)
        if let firstDay, let lastDay, lastDay < firstDay {
            log.add(r.path / "lastDay", "last day \(lastDay) is before first day \(firstDay)")
        }
        var hours: [OpeningHours] = []
        if datedApproximately, r.has("openingHours") {
            log.add(r.path / "openingHours", "a show dated only approximately has no opening hours (its days are not known)")
        }
        if let entries = r.array("openingHours") {
            var seenDays = Set<LocalDate>()
            for entry in entries {
                guard let h = r.reader(for: entry) else { continue }
                let path = h.path
                h.rejectUnknownFields(allowed: ["day", "open", "close"])
                let day = h.date("day", required: true)
                let open = h.time("open", required: true)
                let close = h.time("close", required: true)
                // Compared without building a range: the days may be in the wrong order (reported above).
                if let day, let firstDay, let lastDay, firstDay <= lastDay, day < firstDay || day > lastDay {
                    log.add(path / "day", "\(day) is outside the show's dates (\(firstDay) to \(lastDay))")
                }
                if let day, !seenDays.insert(day).inserted {
                    log.add(path / "day", "opening hours for \(day) are given twice")
                }
                if let open, let close, close <= open {
                    log.add(path / "close", "closing time \(close) is not after opening time \(open)")
                }
                if let day, let open, let close, close > open { hours.append(OpeningHours(day: day, open: open, close: close)) }
            }
        }
        let otherWebsites = r.strings("otherWebsites") ?? []
        let delegations = decodeDelegations(r)
        let sources = sourceList(r, required: true, minimumCount: 1)
        guard let id, let name, let firstDay, let lastDay, firstDay <= lastDay else { return nil }
        if r.has("approximateDate"), !datedApproximately || approximateDate == nil { return nil }
        var show = Show(id: id, name: name, fullName: r.string("fullName"), edition: r.integer("edition", minimum: 0),
                        theme: r.string("theme"), firstDay: firstDay, lastDay: lastDay,
                        openingHours: datedApproximately ? [] : hours.sorted { $0.day < $1.day }, website: r.string("website"), sources: sources)
        show.approximateDate = datedApproximately ? approximateDate : nil
        show.otherWebsites = otherWebsites
        show.delegations = delegations
        return show
    }

    /// `"2004"`, `"2011-05"` or `"2011-05-17"`; nil (and a problem) for anything else.
    private func decodeApproximateDate(_ r: ObjectReader) -> ApproximateDate? {
        guard let text = r.string("approximateDate") else { return nil }
        guard let date = ApproximateDate(text: text), date.description == text else {
            log.add(r.path / "approximateDate", "bad approximate date \(quoted(text)) (expected a year YYYY, a month YYYY-MM or a day YYYY-MM-DD)")
            return nil
        }
        return date
    }

    /// The official delegations invited: `[{name, country?}]`, the country a code of `countries`.
    private func decodeDelegations(_ r: ObjectReader) -> [Delegation] {
        guard let entries = r.array("delegations") else { return [] }
        var delegations: [Delegation] = []
        for entry in entries {
            guard let d = r.reader(for: entry) else { continue }
            d.rejectUnknownFields(allowed: ["name", "country"])
            let name = d.string("name", required: true)
            let country = d.string("country", nonEmpty: false)
            if let country { delegationCountries.references.append((d.path / "country", country)) }
            if let name { delegations.append(Delegation(name: name, country: country)) }
        }
        return delegations
    }

    private func decodeEvent(_ r: ObjectReader, shows: [Show]) -> Event? {
        r.rejectUnknownFields(allowed: ["id", "name", "venue", "timeZone", "dataAsOf", "notice", "website",
                                        "organisers", "notes"])
        let id = r.id("id")
        let name = r.string("name", required: true)
        var venue: Venue?
        if let v = r.object("venue", required: true) {
            v.rejectUnknownFields(allowed: ["name", "address", "latitude", "longitude", "sources"])
            let venueName = v.string("name", required: true)
            let latitude = v.double("latitude")
            let longitude = v.double("longitude")
            if (latitude == nil) != (longitude == nil), v.has("latitude") != v.has("longitude") {
                log.add(v.path / (latitude == nil ? "latitude" : "longitude"), "latitude and longitude must be given together")
            }
            if let latitude, !(-90...90).contains(latitude) { log.add(v.path / "latitude", "latitude \(latitude) is not between -90 and 90") }
            if let longitude, !(-180...180).contains(longitude) { log.add(v.path / "longitude", "longitude \(longitude) is not between -180 and 180") }
            let sources = sourceList(v)
            if let venueName {
                venue = Venue(name: venueName, address: v.string("address"), latitude: latitude, longitude: longitude, sources: sources)
            }
        }
        let timeZone = r.string("timeZone", required: true)
        if let timeZone, !Self.isKnownTimeZone(timeZone) {
            var message = "unknown time zone \(quoted(timeZone)) (expected an IANA id such as \"Asia/Baku\")"
            if budget.spendSuggestion(), let suggestion = Suggestions.closest(to: timeZone, among: TimeZone.knownTimeZoneIdentifiers) {
                message += "; did you mean \"\(suggestion)\"?"
            }
            log.add(r.path / "timeZone", message)
        }
        let dataAsOf = r.date("dataAsOf", required: true)
        let notice = r.string("notice", required: true)
        var organisers: [Organiser] = []
        if let entries = r.array("organisers") {
            for entry in entries {
                guard let o = r.reader(for: entry) else { continue }
                o.rejectUnknownFields(allowed: ["name", "role", "sources"])
                let organiserName = o.string("name", required: true)
                let role = o.string("role", required: true)
                let sources = sourceList(o)
                if let organiserName, let role { organisers.append(Organiser(name: organiserName, role: role, sources: sources)) }
            }
        }
        var notes: [Note] = []
        if let entries = r.array("notes") {
            for entry in entries {
                guard let n = r.reader(for: entry) else { continue }
                n.rejectUnknownFields(allowed: ["topic", "text", "confidence", "sources"])
                let topic = n.string("topic", required: true)
                let text = n.string("text", required: true)
                let confidence = n.confidence()
                let sources = sourceList(n)
                if sources.isEmpty, let confidence, confidence != .unknown {
                    log.add(n.path / "sources", "a note must cite at least one source unless its confidence is \"unknown\"")
                }
                if let topic, let text, let confidence { notes.append(Note(topic: topic, text: text, confidence: confidence, sources: sources)) }
            }
        }
        guard let id, let name, let venue, let timeZone, Self.isKnownTimeZone(timeZone), let dataAsOf, let notice else { return nil }
        return Event(id: id, name: name, venue: venue, timeZoneID: timeZone, dataAsOf: dataAsOf, notice: notice,
                     website: r.string("website"), organisers: organisers, notes: notes)
    }

    private func decodeHall(_ r: ObjectReader, at index: Int) -> Hall? {
        r.rejectUnknownFields(allowed: ["id", "name", "kind", "note", "sources", "size", "stands", "features"])
        let id = r.id("id")
        if let id { _ = hallIDs.register(id, at: index, log: log) }
        let name = r.string("name", required: true)
        var kind: Hall.Kind?
        if let text = r.string("kind", required: true, nonEmpty: false) {
            kind = Hall.Kind(rawValue: text)
            if kind == nil { log.add(r.path / "kind", "unknown hall kind \(quoted(text)) (expected \"hall\" or \"outdoor\")") }
        }
        var size: GridSize?
        if let s = r.object("size") {
            s.rejectUnknownFields(allowed: ["width", "height"])
            let limit = GridSize.maximumExtent
            if let width = s.integer("width", required: true, minimum: 1, maximum: limit),
               let height = s.integer("height", required: true, minimum: 1, maximum: limit) {
                size = GridSize(width: width, height: height)
            }
        }
        var stands: [Stand] = []
        var standLocations: [LazyPath] = []
        var codes: [String: LazyPath] = [:]
        if let entries = r.array("stands") {
            if !entries.isEmpty && !r.has("size") { log.add(r.path / "size", "a hall with stands needs a size") }
            for entry in entries {
                guard let s = r.reader(for: entry) else { continue }
                s.rejectUnknownFields(allowed: ["code", "x", "y", "width", "height"])
                let code = s.string("code", required: true)
                if let code {
                    if let first = codes[code] {
                        log.add(s.path / "code", "duplicate stand code \(quoted(code)) in this hall (first at \(first.path / "code"))")
                    } else {
                        codes[code] = s.location
                    }
                }
                guard let rect = decodeRect(s) else { continue }
                if let size, !rect.isInside(size) {
                    log.add(s.path, "stand \(quoted(code ?? "?")) (x \(rect.x), y \(rect.y), \(rect.width)x\(rect.height)) lies outside the hall (\(size.width)x\(size.height))")
                }
                if let code {
                    stands.append(Stand(code: code, rect: rect))
                    standLocations.append(s.location)
                }
            }
        }
        reportOverlaps(stands, at: standLocations)
        var features: [HallFeature] = []
        if let entries = r.array("features") {
            if !entries.isEmpty && !r.has("size") && !r.has("stands") { log.add(r.path / "size", "a hall with features needs a size") }
            for entry in entries {
                guard let f = r.reader(for: entry) else { continue }
                let path = f.path
                f.rejectUnknownFields(allowed: ["kind", "name", "x", "y", "width", "height"])
                var featureKind: HallFeature.Kind?
                if let text = f.string("kind", required: true, nonEmpty: false) {
                    featureKind = HallFeature.Kind(rawValue: text)
                    if featureKind == nil {
                        log.add(path / "kind", "unknown feature kind \(quoted(text)) (expected one of: \(HallFeature.Kind.allCases.map(\.rawValue).joined(separator: ", ")))")
                    }
                }
                let featureName = f.string("name")
                guard let rect = decodeRect(f) else { continue }
                if let size, !rect.isInside(size) {
                    log.add(path, "feature lies outside the hall (\(size.width)x\(size.height))")
                }
                if let featureKind { features.append(HallFeature(kind: featureKind, name: featureName, rect: rect)) }
            }
        }
        let sources = sourceList(r)
        guard let id, let name, let kind else { return nil }
        return Hall(id: id, name: name, kind: kind, note: r.string("note"), sources: sources, size: size,
                    stands: stands, features: features)
    }

    /// Overlapping stands (see `OverlapFinder`: each stand that overlaps one swept before it is
    /// reported once, naming one stand it overlaps), at the stand that comes later in the file.
    private func reportOverlaps(_ stands: [Stand], at locations: [LazyPath]) {
        for overlap in OverlapFinder.overlaps(among: stands.map(\.rect)) {
            let (first, second) = overlap.overlapped < overlap.position ? (overlap.overlapped, overlap.position)
                : (overlap.position, overlap.overlapped)
            log.add(locations[second].path, "stand \(quoted(stands[second].code)) overlaps stand \(quoted(stands[first].code))")
        }
    }

    private func decodeRect(_ r: ObjectReader) -> GridRect? {
        let limit = GridSize.maximumExtent
        let x = r.integer("x", required: true, minimum: 0, maximum: limit)
        let y = r.integer("y", required: true, minimum: 0, maximum: limit)
        let width = r.integer("width", required: true, minimum: 1, maximum: limit)
        let height = r.integer("height", required: true, minimum: 1, maximum: limit)
        guard let x, let y, let width, let height else { return nil }
        return GridRect(x: x, y: y, width: width, height: height)
    }

    private func decodeCategory(_ r: ObjectReader, at index: Int) -> Category? {
        r.rejectUnknownFields(allowed: ["id", "name", "parent", "sources"])
        let id = r.id("id")
        if let id { _ = categoryIDs.register(id, at: index, log: log) }
        let name = r.string("name", required: true)
        let parent = r.id("parent", required: false)
        if let id, parent != nil { categoryParentPaths.record(id, at: index) }
        let sources = sourceList(r)
        guard let id, let name else { return nil }
        return Category(id: id, name: name, parent: parent, sources: sources)
    }

    /// Parents must exist, must not form a cycle, and must not nest categories more than
    /// `Category.maximumLevels` deep. Checked after all categories are read, since a parent may be
    /// listed after its child.
    ///
    /// Each category has one parent, so following parents from every category in turn, and
    /// stopping at a category already settled, visits each category once: 100,000 categories in
    /// one chain or one ring cost 100,000 steps. A ring is reported once, at the member listed
    /// first; a branch that goes too deep is reported once, at its first category past the limit.
    private func checkCategoryParents(_ categories: [Category]) {
        var positionOfID: [String: Int] = [:]
        positionOfID.reserveCapacity(categories.count)
        for (position, category) in categories.enumerated() where positionOfID[category.id] == nil {
            positionOfID[category.id] = position
        }
        var parentPosition = [Int](repeating: -1, count: categories.count)
        for (position, category) in categories.enumerated() {
            guard let parent = category.parent else { continue }
            if let known = positionOfID[parent] {
                parentPosition[position] = known
            } else if categoryParentPaths.contains(category.id) {
                log.add(categoryParentPaths.path(of: category.id) ?? .root / "categories" / position / "parent",
                        unknownReference("category", parent, among: Array(positionOfID.keys)), detail: "category")
            }
        }
        // Level of each category (1 at the top), `unsettled` until known, `inRing` for a category
        // in a ring or below one (its level means nothing; the ring is what is reported).
        let unsettled = 0, onWalk = -1, inRing = -2
        var level = [Int](repeating: unsettled, count: categories.count)
        var walk: [Int] = []
        for start in categories.indices where level[start] == unsettled {
            walk.removeAll(keepingCapacity: true)
            var current = start
            while current >= 0, level[current] == unsettled {
                level[current] = onWalk
                walk.append(current)
                current = parentPosition[current]
            }
            var levelAbove: Int
            if current >= 0, level[current] == onWalk {
                // The walk came back to a category on it: from there on, the walk is a ring.
                let ringStart = walk.lastIndex(of: current)!
                let ring = Array(walk[ringStart...])
                reportRing(ring, in: categories)
                for position in walk { level[position] = inRing }
                continue
            }
            levelAbove = current >= 0 ? level[current] : 0
            for position in walk.reversed() {
                guard levelAbove != inRing else {
                    level[position] = inRing
                    continue
                }
                levelAbove += 1
                level[position] = levelAbove
                if levelAbove == Category.maximumLevels + 1 {
                    let category = categories[position]
                    log.add(categoryParentPaths.path(of: category.id) ?? .root / "categories" / position,
                            "category \(quoted(category.id)) is nested \(levelAbove) levels deep (at most \(Category.maximumLevels) levels are allowed, the top level counting as 1)")
                }
            }
        }
    }

    /// One problem for a ring of parents, at the member listed first in the file.
    private func reportRing(_ ring: [Int], in categories: [Category]) {
        let first = ring.min()!
        let rotation = ring.firstIndex(of: first)!
        let order = Array(ring[rotation...] + ring[..<rotation])
        let shown = order.prefix(4).map { quoted(categories[$0].id) }
        let chain = (shown + (order.count > 4 ? ["…"] : []) + [quoted(categories[first].id)]).joined(separator: " → ")
        let id = categories[first].id
        let size = order.count == 1 ? "it is its own parent" : "its parents lead back to it after \(LoadProblem.grouped(order.count)) categories"
        log.add(categoryParentPaths.path(of: id) ?? .root / "categories" / first / "parent",
                "category \(quoted(id)) is its own ancestor: \(size) (\(chain))")
    }

    private func decodeCountry(_ r: ObjectReader, at index: Int) -> Country? {
        r.rejectUnknownFields(allowed: ["code", "name", "altNames", "note", "sources"])
        let code = r.string("code", required: true, nonEmpty: false)
        if let code {
            if Identifiers.isCountryCode(code) {
                _ = countryIDs.register(code, at: index, log: log)
            } else {
                log.add(r.path / "code", "\(quoted(code)) is not an ISO 3166-1 alpha-2 code (two capital letters, e.g. \"AZ\")")
            }
        }
        let name = r.string("name", required: true)
        let altNames = r.strings("altNames") ?? []
        let sources = sourceList(r)
        guard let code, Identifiers.isCountryCode(code), let name else { return nil }
        return Country(code: code, name: name, altNames: altNames, note: r.string("note"), sources: sources)
    }

    private func decodeKind(_ r: ObjectReader, at index: Int) -> ExhibitorKind? {
        r.rejectUnknownFields(allowed: ["id", "name"])
        let id = r.id("id")
        if let id { _ = kindIDs.register(id, at: index, log: log) }
        let name = r.string("name", required: true)
        guard let id, let name else { return nil }
        return ExhibitorKind(id: id, name: name)
    }

    private func decodeExhibitor(_ r: ObjectReader, at index: Int, standCodes: [String: Set<String>]) -> Exhibitor? {
        r.rejectUnknownFields(allowed: ["id", "name", "altNames", "country", "shows", "showNote", "listed", "kind",
                                        "categories", "stand", "description", "website", "otherWebsites", "sources", "confidence"])
        let id = r.id("id")
        if let id { _ = exhibitorIDs.register(id, at: index, log: log) }
        let name = r.string("name", required: true)
        let altNames = r.strings("altNames") ?? []
        let country = r.string("country", nonEmpty: false)
        if let country { checkReference(country, in: countryIDs, noun: "country", at: r.path / "country") }
        let shows = references(r, "shows", registry: showIDs, noun: "show", required: true)
        let listed = r.bool("listed", required: true)
        let kind = r.string("kind", required: true, nonEmpty: false)
        if let kind { checkReference(kind, in: kindIDs, noun: "kind", at: r.path / "kind") }
        let categories = references(r, "categories", registry: categoryIDs, noun: "category", required: true)
        var stand: StandRef?
        if let s = r.object("stand") {
            s.rejectUnknownFields(allowed: ["hall", "code"])
            let hall = s.string("hall", required: true, nonEmpty: false)
            let code = s.string("code")
            if let hall {
                checkReference(hall, in: hallIDs, noun: "hall", at: s.path / "hall")
                if let code, let codes = standCodes[hall], !codes.isEmpty, !codes.contains(code) {
                    log.add(s.path / "code", unknownReference("stand", code, among: Array(codes), quote: true) + " in hall \(quoted(hall))")
                }
                stand = StandRef(hall: hall, code: code)
            }
        }
        let otherWebsites = r.strings("otherWebsites") ?? []
        let sources = sourceList(r, required: true, minimumCount: 1)
        let confidence = r.confidence()
        guard let id, let name, let listed, let kind, let confidence else { return nil }
        var exhibitor = Exhibitor(id: id, name: name, altNames: altNames, country: country, shows: shows,
                                  showNote: r.string("showNote"), listed: listed, kind: kind, categories: categories,
                                  stand: stand, description: r.string("description"), website: r.string("website"),
                                  sources: sources, confidence: confidence)
        exhibitor.otherWebsites = otherWebsites
        return exhibitor
    }

    private func decodeProduct(_ r: ObjectReader, at index: Int) -> Product? {
        r.rejectUnknownFields(allowed: ["id", "name", "type", "exhibitor", "origin", "categories", "description",
                                        "sources", "confidence"])
        let id = r.id("id")
        if let id { _ = productIDs.register(id, at: index, log: log) }
        let name = r.string("name", required: true)
        let exhibitor = r.string("exhibitor", nonEmpty: false).map {
            checksProductExhibitorsLater ? $0 : reference($0, in: exhibitorIDs, noun: "exhibitor", at: r.path / "exhibitor")
        }
        let categories = references(r, "categories", registry: categoryIDs, noun: "category")
        let sources = sourceList(r, required: true, minimumCount: 1)
        let confidence = r.confidence()
        guard let id, let name, let confidence else { return nil }
        return Product(id: id, name: name, type: r.string("type"), exhibitor: exhibitor, origin: r.string("origin"),
                       categories: categories, description: r.string("description"), sources: sources,
                       confidence: confidence)
    }

    private func decodeProgrammeItem(_ r: ObjectReader, at index: Int, shows: [String: Show], eventDays: ClosedRange<LocalDate>?) -> ProgrammeItem? {
        r.rejectUnknownFields(allowed: ["id", "title", "kind", "shows", "day", "lastDay", "dayNote", "start", "end",
                                        "place", "people", "organisations", "exhibitors", "description", "sources",
                                        "confidence"])
        let id = r.id("id")
        if let id { _ = programmeIDs.register(id, at: index, log: log) }
        let title = r.string("title", required: true)
        let kind = r.string("kind", required: true)
        let itemShows = references(r, "shows", registry: showIDs, noun: "show", required: true)
        let day = r.date("day")
        let lastDay = r.date("lastDay")
        let start = r.time("start")
        let end = r.time("end")
        if r.has("lastDay"), !r.has("day") { log.add(r.path / "lastDay", "lastDay needs a day") }
        if let day, let lastDay, lastDay < day { log.add(r.path / "lastDay", "last day \(lastDay) is before day \(day)") }
        if let day, let lastDay, day.days(until: lastDay) >= ProgrammeItem.maximumDays {
            log.add(r.path / "lastDay", "the item would run \(LoadProblem.grouped(day.days(until: lastDay) + 1)) days, from \(day) to \(lastDay) (an item runs at most \(ProgrammeItem.maximumDays) days)")
        }
        if r.has("start"), !r.has("day") { log.add(r.path / "start", "a start time needs a day") }
        if r.has("end"), !r.has("start") { log.add(r.path / "end", "an end time needs a start time") }
        if let start, let end, end <= start { log.add(r.path / "end", "end \(end) is not after start \(start)") }
        // The item's days must fall within its shows (or the whole event when it names none).
        let known = itemShows.compactMap { shows[$0] }
        let span: ClosedRange<LocalDate>?
        let spanName: String
        if known.isEmpty {
            span = eventDays
            spanName = "the event"
        } else {
            span = Self.eventSpan(known)
            spanName = known.count == 1 ? "show \(quoted(known[0].id))" : "its shows"
        }
        if let span {
            for (key, value) in [("day", day), ("lastDay", lastDay)] {
                if let value, !span.contains(value) {
                    log.add(r.path / key, "\(value) is outside the dates of \(spanName) (\(span.lowerBound) to \(span.upperBound))")
                }
            }
        }
        let people = r.strings("people") ?? []
        let organisations = r.strings("organisations") ?? []
        let exhibitors = references(r, "exhibitors", registry: exhibitorIDs, noun: "exhibitor")
        let sources = sourceList(r, required: true, minimumCount: 1)
        let confidence = r.confidence()
        guard let id, let title, let kind, let confidence else { return nil }
        return ProgrammeItem(id: id, title: title, kind: kind, shows: itemShows, day: day,
                             lastDay: day == nil ? nil : lastDay, dayNote: r.string("dayNote"),
                             start: day == nil ? nil : start, end: (start == nil || day == nil) ? nil : end,
                             place: r.string("place"), people: people, organisations: organisations,
                             exhibitors: exhibitors, description: r.string("description"), sources: sources,
                             confidence: confidence)
    }

    private func decodeFigure(_ r: ObjectReader, at index: Int) -> Figure? {
        r.rejectUnknownFields(allowed: ["id", "topic", "show", "values"])
        let id = r.id("id")
        if let id { _ = figureIDs.register(id, at: index, log: log) }
        let topic = r.string("topic", required: true)
        let show = r.string("show", nonEmpty: false)
        if let show { checkReference(show, in: showIDs, noun: "show", at: r.path / "show") }
        var values: [FigureValue] = []
        if let entries = r.array("values", required: true, minimumCount: 1) {
            for entry in entries {
                guard let v = r.reader(for: entry) else { continue }
                v.rejectUnknownFields(allowed: ["value", "count", "note", "sources", "confidence"])
                let text = v.string("value", required: true)
                let count = v.integer("count", minimum: 0)
                let sources = sourceList(v, required: true, minimumCount: 1)
                let confidence = v.confidence()
                if let text, let confidence {
                    values.append(FigureValue(value: text, count: count, note: v.string("note"), sources: sources, confidence: confidence))
                }
            }
        }
        guard let id, let topic, !values.isEmpty else { return nil }
        return Figure(id: id, topic: topic, show: show, values: values)
    }

    // MARK: - References

    private func sourceList(_ r: ObjectReader, required: Bool = false, minimumCount: Int = 0) -> [String] {
        references(r, "sources", registry: sourceIDs, noun: "source", required: required, minimumCount: minimumCount)
    }

    /// Reads a list of ids and checks that each names something defined earlier in the file.
    private func references(_ r: ObjectReader, _ key: StaticString, registry: IDRegistry, noun: String,
                            required: Bool = false, minimumCount: Int = 0) -> [String] {
        guard let elements = r.array(key, required: required, minimumCount: minimumCount) else { return [] }
        if let known = registry.checkedList(elements.text) { return known }
        let problemsBefore = log.count
        // Wrong types first, then repeats and unknown ids, as one reads the list.
        for element in elements where element.node.kind != .string {
            log.add(element.location.path, "expected an id string, found \(element.node.typeName)")
        }
        var result: [String] = []
        // Short lists are scanned for repeats; a set is made only for a long one.
        var seen: Set<String>?
        for element in elements where element.node.kind == .string {
            let id = r.document.string(element.node)
            let isRepeat: Bool
            if result.count < 16 {
                isRepeat = result.contains(id)
            } else {
                if seen == nil { seen = Set(result) }
                isRepeat = !seen!.insert(id).inserted
            }
            guard !isRepeat else {
                log.add(element.location.path, "\(noun) \(quoted(id)) is listed twice")
                continue
            }
            result.append(reference(id, in: registry, noun: noun, at: element.location.path))
        }
        if log.count == problemsBefore {
            registry.rememberCheckedList(elements.text, result)
        }
        return result
    }

    private func checkReference(_ id: String, in registry: IDRegistry, noun: String, at path: @autoclosure () -> JSONPath) {
        if !registry.contains(id) {
            log.add(path(), unknownReference(noun, id, among: registry.ids), detail: noun)
        }
    }

    /// Checks a reference and returns it, sharing the registered string's storage when it is known.
    private func reference(_ id: String, in registry: IDRegistry, noun: String, at path: @autoclosure () -> JSONPath) -> String {
        if let registered = registry.registered(id) { return registered }
        checkReference(id, in: registry, noun: noun, at: path())
        return id
    }

    private func unknownReference(_ noun: String, _ id: String, among candidates: @autoclosure () -> [String], quote: Bool = true) -> String {
        var message = "unknown \(noun) \(quoted(id))"
        // Suggestions cost a pass over every candidate: a file with thousands of broken
        // references would take minutes. The first ones get a "did you mean", the rest do not.
        guard budget.spendSuggestion() else { return message }
        if let suggestion = Suggestions.closest(to: id, among: candidates().sorted()) {
            message += " (did you mean \(quoted(suggestion))?)"
        }
        return message
    }

    // MARK: - Formats

    static func isPartialDate(_ text: String) -> Bool {
        switch text.utf8.count {
        case 4: return LocalDate(iso: text + "-01-01") != nil
        case 7: return LocalDate(iso: text + "-01") != nil
        case 10: return LocalDate(iso: text) != nil
        default: return false
        }
    }

    static func isKnownTimeZone(_ identifier: String) -> Bool {
        if identifier == "UTC" || identifier == "GMT" { return true }
        return TimeZone.knownTimeZoneIdentifiers.contains(identifier) && TimeZone(identifier: identifier) != nil
    }
}
