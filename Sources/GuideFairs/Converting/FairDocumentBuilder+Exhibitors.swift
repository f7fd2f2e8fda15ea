import GuideModel

/// The exhibitors of a converted document, with the categories and countries they refer to.
struct ExhibitorSection {
    var exhibitors: [JSONValue] = []
    var categories: [JSONValue] = []
    var countries: [JSONValue] = []
    /// Exhibitors with no country code (none given, or one kept as text).
    var withoutCountry = 0
    /// Exhibitors whose country code was read from their address.
    var countryFromAddress = 0
}

extension FairDocumentBuilder {
    /// Cleans every entry, merges duplicate spellings, then gives exhibitors and categories their
    /// ids in file order.
    mutating func exhibitorSection(sources: [String]) -> (ExhibitorSection, entriesRead: Int) {
        var entries: [NormalisedEntry] = []
        entries.reserveCapacity(fair.exhibitors.count)
        for exhibitor in fair.exhibitors {
            if let entry = normalise(exhibitor) { entries.append(entry) }
        }
        let (merged, mergeChanges) = ExhibitorMerger.merge(entries)
        appendChanges(mergeChanges)

        var section = ExhibitorSection()
        let categoryIDs = categoryTaxonomy(merged, sources: sources, into: &section)
        countryList(merged, alsoUsed: Set(fair.delegations.compactMap(\.country)), into: &section)

        let plainSlugs = merged.map { FairSlug.make($0.name) }
        var allocator = SlugAllocator(plainSlugs: plainSlugs)
        var firstWithSlug: [String: JSONPath] = [:]
        section.exhibitors.reserveCapacity(merged.count)
        for (exhibitor, slug) in zip(merged, plainSlugs) {
            let id = allocator.id(for: slug, fallback: "exhibitor-\(exhibitor.first.index + 1)")
            if slug.isEmpty {
                appendChanges([FairChange(.idAssigned, at: exhibitor.first.path / "name", "id \(id): the name has no Latin letters or digits to make one from")])
            } else if id != slug {
                let taken = firstWithSlug[slug].map { " (taken by \($0))" } ?? ""
                appendChanges([FairChange(.idAssigned, at: exhibitor.first.path / "name", "id \(id): \(slug) is taken\(taken)")])
            }
            if firstWithSlug[slug] == nil { firstWithSlug[slug] = exhibitor.first.path }

            var fields: [(String, JSONValue)] = [("id", .string(id)), ("name", .string(exhibitor.name))]
            let altNames = exhibitor.altNames
            if !altNames.isEmpty { fields.append(("altNames", .strings(altNames))) }
            let country = exhibitor.country
            if let code = country.code {
                fields.append(("country", .string(code)))
                if country.fromAddress { section.countryFromAddress += 1 }
            } else {
                section.withoutCountry += 1
            }
            fields += [
                ("shows", .strings([showID])),
                ("listed", .bool(true)),
                ("kind", .string(FairConverter.kindID)),
                ("categories", .strings(exhibitor.categories.compactMap { categoryIDs[$0.key] })),
            ]
            if let text = country.unknownText { fields.append(("description", .string("Country as listed: \(text)"))) }
            if let website = exhibitor.website {
                fields.append(("website", .string(website)))
                // Every entry's websites: a second address, or another spelling's, is still the company's.
                var seen: Set<String> = [website]
                let others = exhibitor.entries.flatMap { [$0.website].compactMap { $0 } + $0.otherWebsites }.filter { seen.insert($0).inserted }
                if !others.isEmpty { fields.append(("otherWebsites", .strings(others))) }
            }
            fields += [("sources", .strings(sources)), ("confidence", .string("confirmed"))]
            section.exhibitors.append(.dict(fields))
        }
        return (section, fair.exhibitors.count)
    }

    private mutating func normalise(_ exhibitor: FairExhibitor) -> NormalisedEntry? {
        let path: JSONPath = .root / "exhibitor" / exhibitor.index
        noteLeftovers(of: exhibitor, at: path)
        guard let name = clean(exhibitor.name, at: path / "name") else {
            let why = exhibitor.name == nil ? "no name" : "a blank name"
            appendChanges([FairChange(.entryLeftOut, at: path, "\(why); entry left out")])
            return nil
        }
        let aliases = cleanList(exhibitor.aliases, at: path / "alias", what: "alias").filter { $0.text != name }
        let country = CountryResolver.resolve(exhibitor.country, address: exhibitor.address, atEntry: path)
        appendChanges(country.changes)
        let addressCountry = exhibitor.address?.iso2.map { FairText(line: $0).text.uppercased() }.flatMap {
            CountryNames.isKnownCode($0) ? $0 : nil
        }
        // The first website is the entry's `website`; a list's others are at [1], [2]... Blank
        // ones are left out, so the first that is not blank is the website.
        var websites: [String] = []
        let single = exhibitor.otherWebsites.isEmpty
        if let first = website(exhibitor.website, at: single ? path / "website" : path / "website" / 0) { websites.append(first) }
        for (index, raw) in exhibitor.otherWebsites.enumerated() {
            if let other = website(raw, at: path / "website" / (index + 1)), !websites.contains(other) { websites.append(other) }
        }
        return NormalisedEntry(index: exhibitor.index, name: name, key: CompanyNameKey(name), aliases: aliases,
                               country: country, addressCountry: addressCountry,
                               categories: cleanList(exhibitor.category, at: path / "category", what: "category"),
                               website: websites.first, otherWebsites: Array(websites.dropFirst()))
    }

    /// The website cleaned, and repaired when the dataset read it relative to the organiser's page.
    private mutating func website(_ raw: String?, at path: JSONPath) -> String? {
        guard let cleaned = clean(raw, at: path) else { return nil }
        guard let repaired = FairWebsite.repaired(cleaned, organiserHosts: organiserHosts) else { return cleaned }
        appendChanges([FairChange(.websiteRepaired, at: path,
                                  "\(FairQuote.quoted(cleaned)) -> \(FairQuote.quoted(repaired)) (a link read relative to the organiser's page)")])
        return repaired
    }

    private mutating func noteLeftovers(of exhibitor: FairExhibitor, at path: JSONPath) {
        if exhibitor.address != nil {
            leftOver("exhibitor address", at: path / "address", why: "the format has no addresses (its country is used when no other is given)")
        }
        if exhibitor.exhibitorURL != nil {
            leftOver("exhibitorUrl", at: path / "exhibitorUrl", why: "the format has one website per exhibitor, the exhibitor's own")
        }
        if exhibitor.telephone != nil { leftOver("telephone", at: path / "telephone", why: "the format has no contact details") }
        if exhibitor.email != nil { leftOver("email", at: path / "email", why: "the format has no contact details") }
        if !exhibitor.social.isEmpty { leftOver("exhibitor social links", at: path / "social", why: "the format has no social links") }
        for field in exhibitor.otherFields {
            leftOver("exhibitor field \(field)", at: path / field, why: "a field this guide does not know")
        }
    }

    /// One category per distinct folded name, in order of first use, named as first written.
    private mutating func categoryTaxonomy(_ exhibitors: [MergedExhibitor], sources: [String],
                                           into section: inout ExhibitorSection) -> [String: String] {
        var names: [(key: String, name: String)] = []
        var seen = Set<String>()
        for exhibitor in exhibitors {
            for category in exhibitor.categories where seen.insert(category.key).inserted {
                names.append((category.key, category.text))
            }
        }
        let slugs = names.map { FairSlug.make($0.name) }
        var allocator = SlugAllocator(plainSlugs: slugs)
        var ids: [String: String] = [:]
        for (index, (entry, slug)) in zip(names, slugs).enumerated() {
            let id = allocator.id(for: slug, fallback: "category-\(index + 1)")
            ids[entry.key] = id
            section.categories.append(.dict([("id", .string(id)), ("name", .string(entry.name)), ("sources", .strings(sources))]))
        }
        return ids
    }

    /// The countries exhibitors refer to, by code, with the other names people search for: the
    /// spellings the file uses, then the table's (so `--country turkey` works on any fair).
    private func countryList(_ exhibitors: [MergedExhibitor], alsoUsed: Set<String>, into section: inout ExhibitorSection) {
        // Spellings in order of first use, each once (a set of the pairs seen: linear however
        // many spellings one country has).
        var spellings: [String: [String]] = [:]
        var seenSpellings = Set<[String]>()
        for exhibitor in exhibitors {
            for entry in exhibitor.entries {
                guard let code = entry.country.code, let spelling = entry.country.spelling,
                      seenSpellings.insert([code, spelling]).inserted else { continue }
                spellings[code, default: []].append(spelling)
            }
        }
        let used = Set(exhibitors.compactMap { $0.country.code }).union(alsoUsed)
        for code in used.sorted() {
            let name = CountryNames.name(forCode: code) ?? code
            var seenKeys: Set<String> = [CountryNames.key(name)]
            let altNames = ((spellings[code] ?? []) + CountryNames.otherNames(forCode: code)).filter { seenKeys.insert(CountryNames.key($0)).inserted }
            var fields: [(String, JSONValue)] = [("code", .string(code)), ("name", .string(name))]
            if !altNames.isEmpty { fields.append(("altNames", .strings(altNames))) }
            section.countries.append(.dict(fields))
        }
    }
}
