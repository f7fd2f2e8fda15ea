import Foundation
import GuideModel

/// Builds the one catalogue of several fairs directly (no document, no catalog per fair): shows
/// from the fairs, exhibitors from `ExhibitorMatching`'s companies, categories and countries as
/// unions, and the history of every series. Every step is linear in the entries, apart from
/// sorting.
struct CollectionCatalogBuilder {
    /// The dated fairs, in the order given.
    let fairs: [CollectedFair]
    let name: String
    let leftOut: [FairCollectionSummary.LeftOut]
    /// Files that could not be read, named on Home and in `info`.
    let unreadable: [UnreadableFile]
    private(set) var summary = FairCollectionSummary(fairs: [], leftOut: [], entries: 0, companies: 0, companiesAtSeveralFairs: 0)
    /// Where `build()` spent its time (all but `reading`).
    private(set) var timings = FairCollectionTimings()

    static let datasetSourceID = FairConverter.datasetSourceID
    static let kindID = FairConverter.kindID
    /// The catalogue's event id: one for every collection, so My plan follows a company (whose
    /// id is its name's slug) whichever fairs are opened with it.
    static let eventID = "caat-fairs"

    init(fairs: [CollectedFair], name: String, leftOut: [FairCollectionSummary.LeftOut], unreadable: [UnreadableFile] = []) {
        self.fairs = fairs
        self.name = name
        self.leftOut = leftOut
        self.unreadable = unreadable
    }

    mutating func build() -> Catalog {
        var clock = DispatchTime.now().uptimeNanoseconds
        let showIDs = Self.showIDs(fairs)
        // Shows by date, then id: the order exhibitors' fairs are listed in.
        let firstDays = fairs.map { $0.firstDay ?? $0.approximateDate?.firstDay ?? LocalDate(dayNumber: 0) }
        let showOrder = fairs.indices.sorted { a, b in
            firstDays[a] != firstDays[b] ? firstDays[a] < firstDays[b] : showIDs[a] < showIDs[b]
        }
        var rankOfFair = [Int](repeating: 0, count: fairs.count)
        for (rank, fair) in showOrder.enumerated() { rankOfFair[fair] = rank }

        let listSourceIDs = fairs.indices.map { index -> String? in
            fairs[index].listPublished && (fairs[index].exhibitorListURL != nil || fairs[index].exhibitorListDate != nil)
                ? showIDs[index] + "/" + FairConverter.listSourceID : nil
        }
        // A fair's entries as an edition, a fair per task.
        let listed = fairs.indices.filter { fairs[$0].listPublished }
        let (allFairs, editionShowIDs) = (fairs, showIDs)
        let inputs = ParallelChunks.mapEach(count: listed.count) { position in
            let fair = allFairs[listed[position]]
            return EditionInput(id: editionShowIDs[listed[position]], series: fair.series, edition: fair.edition, year: fair.year,
                                name: fair.name,
                                exhibitors: fair.entries.enumerated().map { offset, entry in
                                    EditionEntry(id: String(offset), name: entry.name, altNames: entry.aliases, country: entry.country,
                                                 websites: entry.websites)
                                },
                                organiserHosts: Set(([fair.website, fair.exhibitorListURL] + fair.otherWebsites.map(Optional.some))
                                    .compactMap { $0.flatMap(FairWebsite.host) }))
        }
        let matching = ExhibitorMatching(editions: inputs)
        timings.matching = FairCollectionTimings.lap(&clock)
        let fairIndexByShowID = Dictionary(uniqueKeysWithValues: showIDs.enumerated().map { ($1, $0) })
        let fairOfEdition = matching.editions.map { fairIndexByShowID[$0.id] ?? 0 }

        let (categories, categoryIDsOfFair) = Self.categories(fairs, order: showOrder)
        let companies = CompanyExhibitors(matching: matching, fairs: fairs, fairOfEdition: fairOfEdition, rankOfFair: rankOfFair,
                                          showIDs: showIDs, listSourceIDs: listSourceIDs, categoryIDsOfFair: categoryIDsOfFair)
        let exhibitorIDs = companies.exhibitorIDs
        let countries = Self.countries(fairs, order: showOrder, used: companies.countriesUsed)
        let atSeveralFairs = companies.atSeveralFairs
        // The exhibitors alone hold their list from here, so the catalog sorts it in place
        // (with a second holder it would copy all of them first).
        let exhibitors = (consume companies).exhibitors
        timings.exhibitors = FairCollectionTimings.lap(&clock)
        let shows = showOrder.map { index in show(index, id: showIDs[index], listSourceID: listSourceIDs[index]) }
        let sources = [datasetSource(order: showOrder)] + showOrder.compactMap { index in
            listSourceIDs[index].map { listSource(fairs[index], id: $0) }
        }
        let entryCount = fairs.reduce(0) { $0 + $1.entries.count }
        summary = FairCollectionSummary(
            fairs: fairs.indices.map { index in
                .init(file: fairs[index].fileName, showID: showIDs[index], name: fairs[index].name, series: fairs[index].series,
                      entriesRead: fairs[index].entriesRead, listPublished: fairs[index].listPublished,
                      exhibitorListURL: fairs[index].exhibitorListURL, exhibitorListDate: fairs[index].exhibitorListDate)
            },
            leftOut: leftOut, entries: entryCount, companies: exhibitorIDs.count, companiesAtSeveralFairs: atSeveralFairs,
            unreadable: unreadable)
        let catalog = Catalog(fileName: name, event: event(shows: shows), sources: sources, shows: shows, halls: [],
                              categories: categories, countries: countries,
                              kinds: [ExhibitorKind(id: Self.kindID, name: "Not stated")],
                              exhibitors: consume exhibitors, products: [], programme: [], figures: [])
        timings.catalog = FairCollectionTimings.lap(&clock)
        // The history names exhibitors in catalog order, known now.
        let positionOfCompany = exhibitorIDs.map { catalog.exhibitorPosition(id: $0) ?? 0 }
        var idsInCatalogOrder = exhibitorIDs
        for (company, position) in positionOfCompany.enumerated() { idsInCatalogOrder[position] = exhibitorIDs[company] }
        var history = CollectionHistory.build(fairs: fairs, showIDs: showIDs, matching: matching,
                                              exhibitorIDs: idsInCatalogOrder, positionOfCompany: positionOfCompany)
        history.unreadableFiles = unreadable
        let result = catalog.with(history: history)
        DeferredRelease.release((matching, inputs))
        timings.history = FairCollectionTimings.lap(&clock)
        return result
    }

    /// The fair's show: its days when the file gives them, else dated as its source dates it.
    private func show(_ index: Int, id: String, listSourceID: String?) -> Show {
        let fair = fairs[index]
        let sources = [listSourceID, Self.datasetSourceID].compactMap { $0 }
        var show: Show
        if let first = fair.firstDay, let last = fair.lastDay {
            show = Show(id: id, name: fair.name, fullName: fair.fullName, firstDay: first, lastDay: last,
                        website: fair.website, sources: sources)
        } else {
            // `FairCollection.build` keeps only fairs with days or an approximate date.
            let approximate = fair.approximateDate ?? ApproximateDate(year: 1)!
            show = Show(id: id, name: fair.name, fullName: fair.fullName, approximateDate: approximate, website: fair.website, sources: sources)
        }
        show.otherWebsites = fair.otherWebsites
        show.delegations = fair.delegations
        show.country = fair.country
        return show
    }

    /// The slug of each file's stem, unique (`adex-2022`; a second `adex-2022.json` from another
    /// directory becomes `adex-2022-2`), in the order given.
    static func showIDs(_ fairs: [CollectedFair]) -> [String] {
        let slugs = fairs.map { FairSlug.make($0.stem) }
        var allocator = SlugAllocator(plainSlugs: slugs)
        return slugs.enumerated().map { index, slug in allocator.id(for: slug, fallback: "fair-\(index + 1)") }
    }

    /// One category per `CategoryNameKey` across all lists (the same name at two fairs is one
    /// category, and so are its spellings: "Radars", "RADAR"), named by the spelling the most
    /// fairs use (the earliest on a tie), the others kept as other names; ids in order of first
    /// use, the fairs taken in `order` (by date: not the order the files were given in); and for
    /// each fair, the id of each of its categories.
    static func categories(_ fairs: [CollectedFair], order: [Int]) -> (categories: [Category], idsOfFair: [[String]]) {
        var spellings: [[(text: String, fairs: Int)]] = []
        var indexOfKey: [String: Int] = [:]
        // Each spelling's place among its category's spellings (a spelling belongs to one key).
        var spellingIndex: [String: Int] = [:]
        var indicesOfFair = [[Int]](repeating: [], count: fairs.count)
        for fair in order {
            // A fair's categories are distinct texts already: each spelling counts once per fair.
            indicesOfFair[fair] = fairs[fair].categories.map { category in
                let key = CategoryNameKey.key(category.text)
                let index: Int
                if let known = indexOfKey[key] {
                    index = known
                } else {
                    index = spellings.count
                    indexOfKey[key] = index
                    spellings.append([])
                }
                // Found by hashing: a folder may spell one category thousands of ways.
                if let spelling = spellingIndex[category.text] {
                    spellings[index][spelling].fairs += 1
                } else {
                    spellingIndex[category.text] = spellings[index].count
                    spellings[index].append((category.text, 1))
                }
                return index
            }
        }
        let names = spellings.map { forms in
            forms.indices.max { a, b in forms[a].fairs != forms[b].fairs ? forms[a].fairs < forms[b].fairs : a > b }.map { forms[$0].text } ?? ""
        }
        let slugs = names.map(FairSlug.make)
        var allocator = SlugAllocator(plainSlugs: slugs)
        let ids = slugs.enumerated().map { index, slug in allocator.id(for: slug, fallback: "category-\(index + 1)") }
        let categories = ids.indices.map { index in
            Category(id: ids[index], name: names[index], altNames: spellings[index].map(\.text).filter { $0 != names[index] },
                     sources: [datasetSourceID])
        }
        // Entries refer to their fair's categories by position: two spellings of one category
        // at a fair are two positions with the same id.
        return (categories, indicesOfFair.map { $0.map { ids[$0] } })
    }

    /// The countries exhibitors have, with the spellings the lists use (the fairs taken in
    /// `order`) and the table's other names, as a single fair's conversion gives them.
    static func countries(_ fairs: [CollectedFair], order: [Int], used: Set<String>) -> [Country] {
        var spellings: [String: DistinctValues<String>] = [:]
        for fair in order {
            for entry in fairs[fair].entries {
                guard let code = entry.country, used.contains(code), let spelling = entry.countrySpelling else { continue }
                spellings[code, default: DistinctValues()].add(spelling)
            }
        }
        return used.sorted().map { code in
            let name = CountryNames.name(forCode: code) ?? code
            var seenKeys: Set<String> = [CountryNames.key(name)]
            let altNames = ((spellings[code]?.values ?? []) + CountryNames.otherNames(forCode: code)).filter { seenKeys.insert(CountryNames.key($0)).inserted }
            return Country(code: code, name: name, altNames: altNames)
        }
    }

    // MARK: - Event and sources

    private func event(shows: [Show]) -> Event {
        let lastDay = shows.map(\.lastDay).max() ?? LocalDate(dayNumber: 0)
        let dataAsOf = fairs.compactMap(\.exhibitorListDate).max() ?? lastDay
        let count = fairs.count
        return Event(id: Self.eventID, name: "\(count) \(count == 1 ? "fair" : "fairs") from the CAAT/Omega dataset",
                     venue: Venue(name: "each fair's own venue (see the fair)", sources: [Self.datasetSourceID]),
                     timeZoneID: "UTC", dataAsOf: dataAsOf, notice: notice(), website: FairSource.datasetURL,
                     notes: [unreadableNote(), leftOutNote()].compactMap { $0 })
    }

    private func notice() -> String {
        let withList = fairs.filter(\.listPublished).count
        let entries = fairs.reduce(0) { $0 + $1.entries.count }
        var text = "Exhibitor lists only: \(fairs.count) \(fairs.count == 1 ? "fair" : "fairs") as recorded in the arms-fair dataset of Campaign Against Arms Trade and Omega Research Foundation, "
        text += withList == fairs.count ? "each with its exhibitor list" : "\(withList) of them with an exhibitor list"
        text += " (\(entries) \(entries == 1 ? "entry" : "entries")). Each fair is a show. Each exhibitor is a company found on the lists by its name: "
        text += "the same name ignoring case, accents and punctuation, or legal forms (LTD, JSC, A.Ş.); the same name in another script or romanisation, an acronym the name gives, a distinctive brand word that is the whole other name, or the same website, where the countries agree (certain); or a similar name (other word order, the name's acronym, one letter apart) or a shared website across countries, which is marked as probable and may be another company. Every match says its evidence. "
        text += "Not in the data: programme, halls, stands and opening hours. "
        text += "Dates are each fair's own days; times are in UTC, since the fairs are in different time zones."
        if !leftOut.isEmpty {
            text += " \(leftOut.count) \(leftOut.count == 1 ? "fair is" : "fairs are") left out for want of any date (see the notes)."
        }
        let approximate = fairs.filter { $0.firstDay == nil }.count
        if approximate > 0 {
            text += " \(approximate) \(approximate == 1 ? "fair is" : "fairs are") dated only as the dataset dates \(approximate == 1 ? "it" : "them") (a year, a month or a day, without its days)."
        }
        if !unreadable.isEmpty {
            text += " \(unreadable.count) \(unreadable.count == 1 ? "file" : "files") could not be read (see the notes)."
        }
        return text
    }

    private func unreadableNote() -> Note? {
        guard !unreadable.isEmpty else { return nil }
        let list = unreadable.map { file in
            ([file.file] + file.problems.map { "  " + $0 } + (file.moreProblems > 0 ? ["  and \(file.moreProblems) more"] : [])).joined(separator: "\n")
        }.joined(separator: "\n")
        return Note(topic: "Files that could not be read", text: list, confidence: .confirmed, sources: [Self.datasetSourceID])
    }

    private func leftOutNote() -> Note? {
        guard !leftOut.isEmpty else { return nil }
        let list = leftOut.map { "\(FairConverter.baseName($0.file)) (\($0.name)): \($0.reason)" }.joined(separator: "; ")
        return Note(topic: "Fairs left out", text: list, confidence: .confirmed, sources: [Self.datasetSourceID])
    }

    private func datasetSource(order: [Int]) -> Source {
        Source(id: Self.datasetSourceID, title: FairSource.datasetName,
               publisher: "Campaign Against Arms Trade and Omega Research Foundation", url: FairSource.datasetURL,
               note: "Public domain. \(fairs.count) fair \(fairs.count == 1 ? "file" : "files") (\(fileList(order: order))), converted and matched by adex-guide.")
    }

    /// The files' names, by date.
    private func fileList(order: [Int]) -> String {
        let names = order.map { FairConverter.baseName(fairs[$0].fileName) }
        return names.count <= 12 ? names.joined(separator: ", ") : names.prefix(10).joined(separator: ", ") + " and \(names.count - 10) more"
    }

    private func listSource(_ fair: CollectedFair, id: String) -> Source {
        Source(id: id, title: "\(fair.name): exhibitor list (organiser's website)",
               publisher: fair.organisers.isEmpty ? nil : fair.organisers.joined(separator: "; "),
               date: fair.exhibitorListDate?.description,
               dateNote: fair.exhibitorListDate.map { "the day the dataset copied the list (\(fair.exhibitorListDateText ?? $0.description))" },
               url: fair.exhibitorListURL,
               note: "As copied by Campaign Against Arms Trade and Omega Research Foundation (file \(FairConverter.baseName(fair.fileName))): names, countries and categories as the organiser published them.")
    }
}
