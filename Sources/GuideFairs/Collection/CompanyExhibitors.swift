import GuideModel

/// One exhibitor per company of an `ExhibitorMatching` over several fairs, in company order:
/// the name most of its entries use, the other spellings as alternative names, the fairs it was
/// listed at as its shows, and per fair the spelling there and how it is tied to the company's
/// first fair (`EditionAttendance`).
///
/// At dataset scale this runs for ~150,000 companies, most listed once: entries are read in
/// place (copying one retains each of its strings), and a company of one entry takes a short path.
struct CompanyExhibitors {
    /// In company order.
    let exhibitors: [Exhibitor]
    /// Their ids, their countries (each once), and how many were at more than one fair: read
    /// while building, since reading them back would copy each exhibitor.
    let exhibitorIDs: [String]
    let countriesUsed: Set<String>
    let atSeveralFairs: Int

    /// `fairOfEdition`: the fair (index into `fairs`) of each of `matching.editions`;
    /// `rankOfFair`: each fair's place in date order; `categoryIDsOfFair`: the catalogue's id of
    /// each fair's categories.
    init(matching: ExhibitorMatching, fairs: [CollectedFair], fairOfEdition: [Int], rankOfFair: [Int], showIDs: [String],
         listSourceIDs: [String?], categoryIDsOfFair: [[String]]) {
        let companies = matching.companies
        let slugs = ParallelChunks.map(count: companies.count, minimumPerChunk: 2048) { index in
            FairSlug.make(companies[index].name)
        }
        var allocator = SlugAllocator(plainSlugs: slugs)
        // Entries in the matching's flat order, so an entry is one index away.
        var fairOfEntry: [Int32] = []
        var flatEntries: [CollectedEntry] = []
        fairOfEntry.reserveCapacity(matching.editionOfEntry.count)
        flatEntries.reserveCapacity(matching.editionOfEntry.count)
        for edition in matching.editions.indices {
            let fair = fairOfEdition[edition]
            flatEntries.append(contentsOf: fairs[fair].entries)
            fairOfEntry.append(contentsOf: repeatElement(Int32(fair), count: fairs[fair].entries.count))
        }
        let dataset = FairConverter.datasetSourceID

        var built: [Exhibitor] = []
        built.reserveCapacity(companies.count)
        var ids: [String] = []
        ids.reserveCapacity(companies.count)
        var countriesUsed = Set<String>()
        var atSeveralFairs = 0
        var editionsAttended: [Int] = []
        var firstEntryAtEdition: [Int] = []
        flatEntries.withUnsafeBufferPointer { entries in
            guard let base = entries.baseAddress else { return }
            for index in companies.indices {
                let id = allocator.id(for: slugs[index], fallback: "exhibitor-\(index + 1)")
                ids.append(id)
                if let country = companies[index].country { countriesUsed.insert(country) }
                let companyName = companies[index].name
                let members = matching.entries(of: index)
                if members.count == 1, let only = members.first {
                    let flat = Int(only)
                    let fair = Int(fairOfEntry[flat])
                    let entry = base + flat
                    var exhibitor = Exhibitor(
                        id: id, name: companyName,
                        altNames: entry.pointee.name == companyName ? entry.pointee.aliases : [entry.pointee.name] + entry.pointee.aliases,
                        country: companies[index].country, shows: [showIDs[fair]], listed: true, kind: FairConverter.kindID,
                        categories: entry.pointee.categories.map { categoryIDsOfFair[fair][Int($0)] },
                        description: companies[index].country == nil ? entry.pointee.unknownCountryText.map { "Country as listed: \($0)" } : nil,
                        website: entry.pointee.website,
                        sources: listSourceIDs[fair].map { [$0, dataset] } ?? [dataset], confidence: .confirmed)
                    exhibitor.editions = [EditionAttendance(edition: showIDs[fair], nameThere: entry.pointee.name, match: .exact)]
                    built.append(exhibitor)
                    continue
                }

                // The company's editions with its first entry (in list order) at each; a company's
                // entries come edition by edition, so one pass finds them.
                editionsAttended.removeAll(keepingCapacity: true)
                firstEntryAtEdition.removeAll(keepingCapacity: true)
                for flat in members {
                    let edition = Int(matching.editionOfEntry[Int(flat)])
                    if editionsAttended.last == edition, let last = firstEntryAtEdition.last {
                        if Int(flat) < last { firstEntryAtEdition[firstEntryAtEdition.count - 1] = Int(flat) }
                    } else {
                        editionsAttended.append(edition)
                        firstEntryAtEdition.append(Int(flat))
                    }
                }
                // By date: the order of the exhibitor's shows and listings.
                let order = editionsAttended.indices.sorted {
                    rankOfFair[fairOfEdition[editionsAttended[$0]]] < rankOfFair[fairOfEdition[editionsAttended[$1]]]
                }

                var seenNames: Set<String> = [companyName]
                var altNames: [String] = []
                var categoryIDs: [String] = []
                var unknownCountry: String?
                for flat in members {
                    let entry = base + Int(flat)
                    let fair = Int(fairOfEntry[Int(flat)])
                    if seenNames.insert(entry.pointee.name).inserted { altNames.append(entry.pointee.name) }
                    for alias in entry.pointee.aliases where seenNames.insert(alias).inserted { altNames.append(alias) }
                    for category in entry.pointee.categories {
                        let categoryID = categoryIDsOfFair[fair][Int(category)]
                        if !categoryIDs.contains(categoryID) { categoryIDs.append(categoryID) }
                    }
                    if unknownCountry == nil { unknownCountry = entry.pointee.unknownCountryText }
                }
                // The latest fair's website: the most likely to be current.
                var website: String?
                for position in order.reversed() where website == nil {
                    let edition = editionsAttended[position]
                    website = members.lazy.compactMap { flat in
                        Int(matching.editionOfEntry[Int(flat)]) == edition ? entries[Int(flat)].website : nil
                    }.first
                }
                if order.count > 1 { atSeveralFairs += 1 }
                let first = order.first.map { editionsAttended[$0] } ?? 0
                let attended = order.map { fairOfEdition[editionsAttended[$0]] }
                var exhibitor = Exhibitor(
                    id: id, name: companyName, altNames: altNames, country: companies[index].country,
                    shows: attended.map { showIDs[$0] }, listed: true, kind: FairConverter.kindID, categories: categoryIDs,
                    description: companies[index].country == nil ? unknownCountry.map { "Country as listed: \($0)" } : nil,
                    website: website, sources: attended.compactMap { listSourceIDs[$0] } + [dataset], confidence: .confirmed)
                exhibitor.editions = order.map { position in
                    let edition = editionsAttended[position]
                    let kind = edition == first ? .exact : matching.linkKind(company: index, between: edition, and: first) ?? .fuzzy
                    return EditionAttendance(edition: showIDs[fairOfEdition[edition]], nameThere: entries[firstEntryAtEdition[position]].name,
                                             match: EditionComparison.match(kind))
                }
                built.append(exhibitor)
            }
        }
        exhibitors = built
        exhibitorIDs = ids
        self.countriesUsed = countriesUsed
        self.atSeveralFairs = atSeveralFairs
    }
}
