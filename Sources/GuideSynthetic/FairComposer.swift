/// Writes one fair file in the CAAT/Omega format through a `JSONTextWriter`: the fair's fields in
/// the dataset's order, then its exhibitor list, generated entry by entry from the roster, sorted
/// as the organiser sorts, and handed to the sink in chunks.
struct FairComposer {
    let file: SyntheticFairFile
    private var json = JSONTextWriter(pretty: true)

    init(file: SyntheticFairFile) {
        self.file = file
        if file.shapes != nil { entryShapes = SplitMix64(seed: file.seed, stream: .datasetShapeEntries, index: file.ordinal) }
    }

    private var series: FairSeriesPlan { file.series }
    private var edition: FairSeriesPlan.Edition { file.plan }
    /// The common shapes unless the directory is written with the dataset's rarer ones.
    private var shapes: FairFileShapes { file.shapes ?? .common }
    /// Draws the entries' rarer shapes; nil without them, so the common files draw nothing more.
    private var entryShapes: SplitMix64?

    mutating func compose(into sink: (String) -> Void) {
        var rng = SplitMix64(seed: file.seed, stream: .fairList, index: file.ordinal)
        json.beginObject()
        json.field("name", series.fairName(edition))
        json.field("series", series.name)
        json.field("edition", file.edition)
        writeAlias()
        if edition.kind == .undated {
            json.field("approxDate", approximateDate)
            writeFairCountry()
        } else {
            json.field("startDate", FairCalendar.iso(edition.firstDay))
            json.field("endDate", endDate)
            writeVenue()
        }
        if shapes.websiteAsList {
            json.field("website", strings: [series.website, "https://\(series.slug)-expo.example/en"])
        } else {
            json.field("website", series.website)
        }
        if edition.kind != .undated { writeSocial() }
        if edition.kind == .listed || (edition.kind == .metadataOnly && rng.chance(perMille: 500)) {
            json.field("exhibitorListUrl", "\(series.website.hasSuffix("/") ? String(series.website.dropLast()) : series.website)/exhibitors/\(file.year)")
        }
        if edition.kind != .undated { writeOrganisers() }
        if shapes.hasDelegations { writeDelegations() }
        if edition.kind == .listed {
            let time = edition.listCopiedSecond
            json.field("exhibitorListDate", FairCalendar.iso(edition.listCopiedDay)
                + "T\(FairCalendar.twoDigits(time / 3600)):\(FairCalendar.twoDigits(time / 60 % 60)):\(FairCalendar.twoDigits(time % 60))+00:00")
            writeExhibitors(sink, rng: &rng)
        }
        json.endObject()
        json.finish()
        json.flush(force: true, to: sink)
    }

    // MARK: The fair

    /// The long name with the edition's number, as a list (most files), one string, or absent.
    private mutating func writeAlias() {
        let alias = "\(FairSeriesPlan.ordinal(edition.number)) \(series.fullName)"
        switch series.aliasStyle {
        case 0...5: json.field("alias", strings: [alias])
        case 6, 7: json.field("alias", alias)
        default: break
        }
    }

    /// "2016", "2016-05" or "2016-05-17": the year alone for most such fairs, as the dataset has.
    private var approximateDate: String {
        let day = FairCalendar.iso(edition.firstDay)
        return switch shapes.approximateDate {
        case .year: file.edition
        case .yearMonth: String(day.prefix(7))
        case .day: day
        }
    }

    /// The last day, or the dataset's typo for it: the right month and day a year before the first.
    private var endDate: String {
        let day = FairCalendar.iso(edition.lastDay)
        return shapes.endBeforeStart ? String(file.year - 1) + day.dropFirst(4) : day
    }

    private mutating func writeFairCountry() {
        let name = CountryTable.name(of: series.host.code)
        if shapes.countryAsObject {
            json.beginObject("country")
            json.field("text", name)
            json.field("iso2", series.host.code)
            json.endObject()
        } else {
            json.field("country", name)
        }
    }

    private mutating func writeVenue() {
        let city = series.host.capital
        let text = "\(series.venueName)\n\(series.venueStreet)\n\(city)\n\(CountryTable.name(of: series.host.code))"
        switch shapes.venue {
        case .object:
            writeVenueObject("address", text: text, latitude: series.venueLatitude, longitude: series.venueLongitude)
        case .text:
            json.field("address", text.replacing("\n", with: ", "))
        case .list:
            // A fair held at two sites (the exhibition centre and an airfield or a harbour).
            json.beginArray("address")
            writeVenueObject(nil, text: text, latitude: series.venueLatitude, longitude: series.venueLongitude)
            writeVenueObject(nil, text: "\(city) Airfield\n\(city)\n\(CountryTable.name(of: series.host.code))",
                             latitude: series.venueLatitude + 50_000, longitude: series.venueLongitude - 50_000)
            json.endArray()
        }
    }

    private mutating func writeVenueObject(_ key: String?, text: String, latitude: Int, longitude: Int) {
        json.beginObject(key)
        json.field("text", text)
        json.field("iso2", series.host.code)
        json.field("lat", millionths: latitude)
        json.field("lon", millionths: longitude)
        json.endObject()
    }

    private mutating func writeSocial() {
        guard let first = series.socialPlatforms.first else { return }
        if shapes.socialAsObject {
            json.beginObject("social")
            json.field("platform", first)
            json.field("url", "https://www.\(first).example/\(series.slug)")
            json.endObject()
            return
        }
        json.beginArray("social")
        for platform in series.socialPlatforms {
            json.beginObject()
            json.field("platform", platform)
            json.field("url", "https://www.\(platform).example/\(series.slug)")
            json.endObject()
        }
        json.endArray()
    }

    /// The official delegations invited: mostly `{name, country}`, some with only a country,
    /// some a plain string, as the dataset's 52 lists have them.
    private mutating func writeDelegations() {
        var rng = SplitMix64(seed: file.seed, stream: .delegations, index: file.ordinal)
        json.beginArray("delegation")
        // The first three take the three shapes, so even one list has each; the rest are drawn.
        for (position, index) in rng.distinct(rng.int(in: 3...12), below: CountryPlaces.all.count).enumerated() {
            let place = CountryPlaces.all[index]
            let country = CountryTable.name(of: place.code)
            let body = rng.pick(["Ministry of Defence", "Armed Forces", "Navy", "Air Force", "National Police", "Border Guard"])
            switch [0, 14, 17].indices.contains(position) ? [0, 14, 17][position] : rng.below(20) {
            case 0...13:
                json.beginObject()
                json.field("name", "\(body) of \(CountryTable.withArticle(country))")
                writeCountryObject(text: country, iso2: place.code)
                json.endObject()
            case 14...16:
                json.beginObject()
                writeCountryObject(text: country, iso2: place.code)
                json.endObject()
            default:
                json.element(rng.chance(perMille: 500) ? country : "\(body) of \(CountryTable.withArticle(country))")
            }
        }
        json.endArray()
    }

    private mutating func writeCountryObject(text: String, iso2: String) {
        json.beginObject("country")
        json.field("text", text)
        json.field("iso2", iso2)
        json.endObject()
    }

    private mutating func writeOrganisers() {
        if series.organiserAsList { json.beginArray("organiser") }
        for (number, organiser) in series.organisers.enumerated() {
            if series.organiserAsList { json.beginObject() } else if number == 0 { json.beginObject("organiser") } else { break }
            json.field("name", organiser.name)
            json.optionalField("address", organiser.address)
            json.optionalField("telephone", organiser.telephone)
            json.optionalField("email", organiser.email)
            json.endObject()
        }
        if series.organiserAsList { json.endArray() }
    }

    // MARK: The exhibitor list

    private mutating func writeExhibitors(_ sink: (String) -> Void, rng: inout SplitMix64) {
        let style = edition.style
        let host = series.host.code
        var entries: [FairEntry] = []
        entries.reserveCapacity(edition.entryCount)
        let duplicated = Set(file.roster.duplicates)
        for index in file.roster.companies {
            let company = FairCompany(index: index, seed: file.seed)
            let respelling = ListedName.drawRespelling(&rng)
            let spelled = ListedName.spell(company, style: style, respelling: respelling, rng: &rng)
            entries.append(FairEntry(company, name: ListedName.messy(spelled, style: style, rng: &rng), style: style, host: host,
                                     seriesSlug: series.slug, rng: &rng))
            if duplicated.contains(index) {
                // The same company again, spelled otherwise (with or without its legal form, in
                // the other script...), as lists built from several sources have it.
                var second = spelled
                for other in ListedName.duplicateRespellings where other != respelling {
                    second = ListedName.spell(company, style: style, respelling: other, rng: &rng)
                    if second != spelled { break }
                }
                var entry = FairEntry(company, name: ListedName.messy(second, style: style, rng: &rng), style: style, host: host,
                                      seriesSlug: series.slug, rng: &rng)
                if rng.chance(perMille: 300) { entry.country = nil }
                entries.append(entry)
            }
        }
        var order = Array(entries.indices)
        if style.alphabetical {
            // Upper-cased UTF-8 bytes, computed once: names compared as bytes sort the same everywhere.
            let keys = entries.map { Array($0.name.uppercased().utf8) }
            order.sort { left, right in
                keys[left] == keys[right] ? left < right : keys[left].lexicographicallyPrecedes(keys[right])
            }
        } else {
            for index in order.indices.dropLast() {
                order.swapAt(index, index + rng.below(order.count - index))
            }
        }
        json.beginArray("exhibitor")
        for index in order {
            write(entries[index])
            json.flush(to: sink)
        }
        json.endArray()
    }

    private mutating func write(_ entry: FairEntry) {
        let rare = entryShapes.map { rng -> FairEntry.RareShapes in
            var rng = rng
            defer { entryShapes = rng }
            return FairEntry.RareShapes.draw(&rng)
        } ?? .none
        json.beginObject()
        json.field("name", entry.name)
        if let alias = entry.alias { write(alias, as: "alias") }
        switch entry.country {
        case .object(let text, let iso2)?:
            json.beginObject("country")
            json.field("text", text)
            json.field("iso2", iso2)
            json.endObject()
        case .text(let text)?:
            json.field("country", text)
        case .list(let countries)?:
            json.beginArray("country")
            for country in countries {
                json.beginObject()
                json.field("text", country.text)
                json.field("iso2", country.iso2)
                json.endObject()
            }
            json.endArray()
        case nil:
            break
        }
        json.optionalField("exhibitorUrl", entry.exhibitorURL)
        switch entry.address {
        case .object(let text, let iso2, let latitude, let longitude)? where rare.addressAsList:
            // The head office and a works, as a few entries list them.
            json.beginArray("address")
            writeAddressObject(nil, text: text, iso2: iso2, latitude: latitude, longitude: longitude)
            writeAddressObject(nil, text: "Works\n" + text, iso2: iso2, latitude: latitude + 10_000, longitude: longitude + 10_000)
            json.endArray()
        case .object(let text, let iso2, let latitude, let longitude)?:
            writeAddressObject("address", text: text, iso2: iso2, latitude: latitude, longitude: longitude)
        case .text(let text)?:
            json.field("address", text)
        case nil:
            break
        }
        if let website = entry.website, rare.websiteAsList {
            json.field("website", strings: [website, website.replacing(".example", with: "-group.example")])
        } else {
            json.optionalField("website", entry.website)
        }
        if let telephone = entry.telephone { write(telephone, as: "telephone") }
        if let linkedIn = entry.linkedIn, rare.socialAsObject {
            json.beginObject("social")
            json.field("platform", "linkedin")
            json.field("url", linkedIn)
            json.endObject()
        } else if let linkedIn = entry.linkedIn {
            json.beginArray("social")
            json.beginObject()
            json.field("platform", "linkedin")
            json.field("url", linkedIn)
            json.endObject()
            json.endArray()
        }
        if let category = entry.category { write(category, as: "category") }
        json.endObject()
    }

    private mutating func writeAddressObject(_ key: String?, text: String, iso2: String, latitude: Int, longitude: Int) {
        json.beginObject(key)
        json.field("text", text)
        json.field("iso2", iso2)
        json.field("lat", millionths: latitude)
        json.field("lon", millionths: longitude)
        json.endObject()
    }

    private mutating func write(_ texts: FairEntry.Texts, as key: String) {
        switch texts {
        case .one(let text): json.field(key, text)
        case .many(let list): json.field(key, strings: list)
        }
    }
}
