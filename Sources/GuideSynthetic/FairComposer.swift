/// Writes one fair file in the CAAT/Omega format through a `JSONTextWriter`: the fair's fields in
/// the dataset's order, then its exhibitor list, generated entry by entry from the roster, sorted
/// as the organiser sorts, and handed to the sink in chunks.
struct FairComposer {
    let file: SyntheticFairFile
    private var json = JSONTextWriter(pretty: true)

    init(file: SyntheticFairFile) {
        self.file = file
    }

    private var series: FairSeriesPlan { file.series }
    private var edition: FairSeriesPlan.Edition { file.plan }

    mutating func compose(into sink: (String) -> Void) {
        var rng = SplitMix64(seed: file.seed, stream: .fairList, index: file.ordinal)
        json.beginObject()
        json.field("name", series.fairName(edition))
        json.field("series", series.name)
        json.field("edition", file.edition)
        writeAlias()
        if edition.kind == .undated {
            json.field("approxDate", file.edition)
            json.field("country", CountryTable.name(of: series.host.code))
        } else {
            json.field("startDate", FairCalendar.iso(edition.firstDay))
            json.field("endDate", FairCalendar.iso(edition.lastDay))
            writeVenue()
        }
        json.field("website", series.website)
        if edition.kind != .undated { writeSocial() }
        if edition.kind == .listed || (edition.kind == .metadataOnly && rng.chance(perMille: 500)) {
            json.field("exhibitorListUrl", "\(series.website.hasSuffix("/") ? String(series.website.dropLast()) : series.website)/exhibitors/\(file.year)")
        }
        if edition.kind != .undated { writeOrganisers() }
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

    private mutating func writeVenue() {
        let city = series.host.capital
        json.beginObject("address")
        json.field("text", "\(series.venueName)\n\(series.venueStreet)\n\(city)\n\(CountryTable.name(of: series.host.code))")
        json.field("iso2", series.host.code)
        json.field("lat", millionths: series.venueLatitude)
        json.field("lon", millionths: series.venueLongitude)
        json.endObject()
    }

    private mutating func writeSocial() {
        guard !series.socialPlatforms.isEmpty else { return }
        json.beginArray("social")
        for platform in series.socialPlatforms {
            json.beginObject()
            json.field("platform", platform)
            json.field("url", "https://www.\(platform).example/\(series.slug)")
            json.endObject()
        }
        json.endArray()
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
        case .object(let text, let iso2, let latitude, let longitude)?:
            json.beginObject("address")
            json.field("text", text)
            json.field("iso2", iso2)
            json.field("lat", millionths: latitude)
            json.field("lon", millionths: longitude)
            json.endObject()
        case .text(let text)?:
            json.field("address", text)
        case nil:
            break
        }
        json.optionalField("website", entry.website)
        if let telephone = entry.telephone { write(telephone, as: "telephone") }
        if let linkedIn = entry.linkedIn {
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

    private mutating func write(_ texts: FairEntry.Texts, as key: String) {
        switch texts {
        case .one(let text): json.field(key, text)
        case .many(let list): json.field(key, strings: list)
        }
    }
}
