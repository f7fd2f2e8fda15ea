import GuideModel

/// One exhibitor per company of an `ExhibitorMatching` over several fairs, in company order:
/// the name most of its entries use, the other spellings as alternative names, the fairs it was
/// listed at as its shows, and per fair the spelling there and how it is tied to the company's
/// first fair (`EditionAttendance`).
///
/// At dataset scale this runs for ~150,000 companies, most listed once: entries are read in
/// place (copying one retains each of its strings), a company of one entry takes a short path,
/// and the exhibitors are built on all cores straight into the result (ids first, by one
/// allocator).
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

        // Ids in company order (one allocator); the exhibitors themselves on all cores.
        var ids: [String] = []
        ids.reserveCapacity(companies.count)
        var countriesUsed = Set<String>()
        for index in companies.indices {
            ids.append(allocator.id(for: slugs[index], fallback: "exhibitor-\(index + 1)"))
            if let country = companies[index].country { countriesUsed.insert(country) }
        }
        let exhibitorIDs = ids
        let built = Self.withEntryBuffers(of: fairs) { buffers in
            // Entries are read in place, each fair's where it was read (copying them into one
            // list retained every string of 200,000 entries, and freeing the copy released them).
            let entries = FlatEntries(buffers: matching.editions.indices.map { buffers[fairOfEdition[$0]] },
                                      fairOfEdition: fairOfEdition, matching: matching)
            return ParallelChunks.build(count: companies.count, minimumPerChunk: 2048) { range, output in
                var scratch = Scratch()
                for index in range {
                    (output + index).initialize(to: Self.exhibitor(
                        company: index, id: exhibitorIDs[index], matching: matching, entries: entries,
                        fairOfEdition: fairOfEdition, rankOfFair: rankOfFair, showIDs: showIDs, listSourceIDs: listSourceIDs,
                        categoryIDsOfFair: categoryIDsOfFair, scratch: &scratch))
                }
            }
        }
        let atSeveralFairs = built.withUnsafeBufferPointer { buffer in
            buffer.indices.reduce(0) { $0 + (buffer[$1].shows.count > 1 ? 1 : 0) }
        }
        exhibitors = built
        self.exhibitorIDs = ids
        self.countriesUsed = countriesUsed
        self.atSeveralFairs = atSeveralFairs
    }

    /// Space one task reuses from company to company.
    struct Scratch {
        var editionsAttended: [Int] = []
        var firstEntryAtEdition: [Int] = []
        var order: [Int] = []
        var names = DistinctValues<String>()
        var categoryIDs = DistinctValues<String>()
        var websites = DistinctValues<String>()
    }

    /// The entries in the matching's flat order, read in place by the tasks (never written while
    /// they run): a flat index is an edition's entry, in the fair that edition was read from.
    struct FlatEntries: @unchecked Sendable {
        /// Each edition's entries (`matching.editions` order).
        let buffers: [UnsafeBufferPointer<CollectedEntry>]
        let fairOfEdition: [Int]
        let matching: ExhibitorMatching

        subscript(flat: Int) -> UnsafePointer<CollectedEntry> {
            let edition = Int(matching.editionOfEntry[flat])
            return buffers[edition].baseAddress! + (flat - matching.entryStart[edition])
        }

        func fair(of flat: Int) -> Int { fairOfEdition[Int(matching.editionOfEntry[flat])] }
    }

    /// Calls `body` with each fair's entries in place, the pointers valid for the call (each
    /// fair's list is opened in turn, one inside the other).
    static func withEntryBuffers<Result>(of fairs: [CollectedFair], _ body: ([UnsafeBufferPointer<CollectedEntry>]) -> Result) -> Result {
        var buffers: [UnsafeBufferPointer<CollectedEntry>] = []
        buffers.reserveCapacity(fairs.count)
        func open(_ index: Int) -> Result {
            guard index < fairs.count else { return body(buffers) }
            return fairs[index].entries.withUnsafeBufferPointer { buffer in
                buffers.append(buffer)
                return open(index + 1)
            }
        }
        return open(0)
    }

    /// The exhibitor of one company.
    static func exhibitor(company index: Int, id: String, matching: ExhibitorMatching, entries: FlatEntries,
                          fairOfEdition: [Int], rankOfFair: [Int], showIDs: [String], listSourceIDs: [String?],
                          categoryIDsOfFair: [[String]], scratch: inout Scratch) -> Exhibitor {
        let dataset = FairConverter.datasetSourceID
        let companyName = matching.companies[index].name
        let country = matching.companies[index].country
        let members = matching.entries(of: index)
        if members.count == 1, let only = members.first {
            let flat = Int(only)
            let fair = entries.fair(of: flat)
            let entry = entries[flat]
            var exhibitor = Exhibitor(
                id: id, name: companyName,
                altNames: entry.pointee.name == companyName ? entry.pointee.aliases : [entry.pointee.name] + entry.pointee.aliases,
                country: country, shows: [showIDs[fair]], listed: true, kind: FairConverter.kindID,
                // Two spellings of one category in an entry are one category.
                categories: DistinctValues(entry.pointee.categories.map { categoryIDsOfFair[fair][Int($0)] }).values,
                description: country == nil ? entry.pointee.unknownCountryText.map { "Country as listed: \($0)" } : nil,
                website: entry.pointee.website,
                sources: listSourceIDs[fair].map { [$0, dataset] } ?? [dataset], confidence: .confirmed)
            exhibitor.otherWebsites = Array(entry.pointee.websites.dropFirst())
            exhibitor.editions = [EditionAttendance(edition: showIDs[fair], nameThere: entry.pointee.name, match: .exact)]
            return exhibitor
        }

        // The company's editions with its first entry (in list order) at each; a company's
        // entries come edition by edition, so one pass finds them.
        scratch.editionsAttended.removeAll(keepingCapacity: true)
        scratch.firstEntryAtEdition.removeAll(keepingCapacity: true)
        for flat in members {
            let edition = Int(matching.editionOfEntry[Int(flat)])
            if scratch.editionsAttended.last == edition, let last = scratch.firstEntryAtEdition.last {
                if Int(flat) < last { scratch.firstEntryAtEdition[scratch.firstEntryAtEdition.count - 1] = Int(flat) }
            } else {
                scratch.editionsAttended.append(edition)
                scratch.firstEntryAtEdition.append(Int(flat))
            }
        }
        let editionsAttended = scratch.editionsAttended
        // By date: the order of the exhibitor's shows and listings.
        scratch.order.removeAll(keepingCapacity: true)
        scratch.order.append(contentsOf: editionsAttended.indices)
        scratch.order.sort { rankOfFair[fairOfEdition[editionsAttended[$0]]] < rankOfFair[fairOfEdition[editionsAttended[$1]]] }
        let order = scratch.order

        // Other spellings, each once (`DistinctValues`: a list while a handful, a set beyond).
        scratch.names.removeAll(keepingCapacity: true)
        scratch.names.add(companyName)
        scratch.categoryIDs.removeAll(keepingCapacity: true)
        var unknownCountry: String?
        for flat in members {
            let entry = entries[Int(flat)]
            let fair = entries.fair(of: Int(flat))
            scratch.names.add(entry.pointee.name)
            for alias in entry.pointee.aliases { scratch.names.add(alias) }
            for category in entry.pointee.categories { scratch.categoryIDs.add(categoryIDsOfFair[fair][Int(category)]) }
            if unknownCountry == nil { unknownCountry = entry.pointee.unknownCountryText }
        }
        // Every website of every entry, the latest fair's first: the most likely to be current.
        scratch.websites.removeAll(keepingCapacity: true)
        for position in order.reversed() {
            let edition = editionsAttended[position]
            for flat in members where Int(matching.editionOfEntry[Int(flat)]) == edition {
                for website in entries[Int(flat)].pointee.websites { scratch.websites.add(website) }
            }
        }
        let website = scratch.websites.values.first
        let first = order.first.map { editionsAttended[$0] } ?? 0
        let attended = order.map { fairOfEdition[editionsAttended[$0]] }
        var exhibitor = Exhibitor(
            id: id, name: companyName, altNames: Array(scratch.names.values.dropFirst()), country: country,
            shows: attended.map { showIDs[$0] }, listed: true, kind: FairConverter.kindID, categories: scratch.categoryIDs.values,
            description: country == nil ? unknownCountry.map { "Country as listed: \($0)" } : nil,
            website: website, sources: attended.compactMap { listSourceIDs[$0] } + [dataset], confidence: .confirmed)
        exhibitor.otherWebsites = Array(scratch.websites.values.dropFirst())
        exhibitor.editions = order.map { position in
            let edition = editionsAttended[position]
            let evidence = edition == first ? ExhibitorMatchEvidence.sameName
                : matching.linkEvidence(company: index, between: edition, and: first) ?? .similarName
            return EditionComparison.attendance(edition: showIDs[fairOfEdition[edition]],
                                                nameThere: entries[scratch.firstEntryAtEdition[position]].pointee.name, evidence: evidence)
        }
        return exhibitor
    }
}
