/// Every company matched across the editions given, whatever their series, by `ExhibitorMatchRule`
/// applied to all entries at once: per tier, entries sharing a key are joined (hashing, no
/// comparison of all pairs), and joins are transitive (if A matches B and B matches C, all three
/// are one company). Answers "which fairs did this company attend" (`fairs(of:)`) and builds
/// each series' history (`history(ofSeries:)`).
///
/// The result depends only on the editions, not on the order they or their entries are given in.
public struct ExhibitorMatching: Sendable {
    /// The editions in `EditionOrder`: by series, then year, then edition.
    public let editions: [EditionInput]
    /// Every company, ordered by id.
    public let companies: [Company]

    /// Per flat entry (editions in order, entries as given): its company (index into `companies`),
    /// its edition (index into `editions`) and interned country (-1 when unknown).
    let companyOfEntry: [Int32]
    let editionOfEntry: [Int32]
    let countryOfEntry: [Int32]
    let countryCodes: [String]
    /// Where each edition's entries start in the flat arrays (`editions.count + 1` values).
    let entryStart: [Int]
    /// Flat entries of each company, in listing order (`entriesOfCompanyStart`: companies + 1 values).
    let entriesOfCompany: [Int32]
    let entriesOfCompanyStart: [Int]
    let entryKeys: EntryKeys
    let editionIndexByID: [String: Int]

    public init(editions: [EditionInput]) {
        let ordered = editions.sorted(by: EditionOrder.areInIncreasingOrder)
        let grouping = EntryGrouping(editions: ordered)
        let built = CompanyBuilder(editions: ordered, grouping: grouping)
        self.editions = ordered
        companies = built.companies
        companyOfEntry = built.companyOfEntry
        editionOfEntry = grouping.editionOfEntry
        countryOfEntry = grouping.countryOfEntry
        countryCodes = grouping.countryCodes
        entryStart = grouping.entryStart
        entriesOfCompany = built.entriesOfCompany
        entriesOfCompanyStart = built.entriesOfCompanyStart
        entryKeys = grouping.keys
        editionIndexByID = Dictionary(ordered.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func company(_ id: CompanyID) -> Company? {
        companyIndex(of: id).map { companies[$0] }
    }

    /// Where the company is in `companies`, found by halving (they are in id order, ids unique):
    /// a dictionary of the ids took 20 ms to build for 70,000 companies, for the few lookups a
    /// catalogue makes.
    func companyIndex(of id: CompanyID) -> Int? {
        var (low, high) = (0, companies.count)
        while low < high {
            let middle = (low + high) / 2
            if companies[middle].id < id { low = middle + 1 } else { high = middle }
        }
        return low < companies.count && companies[low].id == id ? low : nil
    }

    /// The company an entry of an edition was matched to.
    public func company(ofEntry entryID: String, inEdition editionID: String) -> Company? {
        guard let edition = editionIndexByID[editionID],
              let offset = editions[edition].exhibitors.firstIndex(where: { $0.id == entryID }) else { return nil }
        return companies[Int(companyOfEntry[entryStart[edition] + offset])]
    }

    /// The series present, in `EditionOrder`, each under the spelling of its first edition.
    public var seriesNames: [String] {
        var seen = Set<String>()
        return editions.compactMap { seen.insert(EditionOrder.seriesKey($0.series)).inserted ? $0.series : nil }
    }

    /// Every fair the company attended, any series, by year (unknown years last), then in
    /// `EditionOrder` (series, edition); empty for an unknown id.
    public func fairs(of id: CompanyID) -> [FairAttendance] {
        guard let company = companyIndex(of: id) else { return [] }
        let attended = editionIndices(of: company)
        let ordered = attended.sorted { a, b in
            let yearA = editions[a].year ?? Int.max
            let yearB = editions[b].year ?? Int.max
            return yearA != yearB ? yearA < yearB : a < b
        }
        return ordered.map { edition in
            let input = editions[edition]
            let entries = entryIndices(of: company, inEdition: edition)
            let evidence = attended.count < 2 ? nil : attendanceEvidence(company: company, edition: edition, editions: attended)
            return FairAttendance(
                editionID: input.id, series: input.series, edition: input.edition, year: input.year, fairName: input.name,
                entries: entries.map { input.exhibitors[$0 - entryStart[edition]] },
                matchKind: evidence?.kind, evidence: evidence)
        }
    }

    /// How the company's entries at two editions are tied: the tier of `linkEvidence`; nil when
    /// the company is missing from either edition.
    public func linkKind(of id: CompanyID, between editionA: String, and editionB: String) -> ExhibitorMatchKind? {
        linkEvidence(of: id, between: editionA, and: editionB)?.kind
    }

    /// Why the company's entries at two editions are taken for one company: the surest evidence
    /// between an entry at one and an entry at the other; when none is direct (linked through
    /// the company's other listings, or by one edit in a long name), a probable "similar name".
    /// Nil when the company is missing from either edition.
    public func linkEvidence(of id: CompanyID, between editionA: String, and editionB: String) -> ExhibitorMatchEvidence? {
        guard let company = companyIndex(of: id), let a = editionIndexByID[editionA], let b = editionIndexByID[editionB] else { return nil }
        return linkEvidence(company: company, between: a, and: b)
    }

    func linkKind(company: Int, between editionA: Int, and editionB: Int) -> ExhibitorMatchKind? {
        linkEvidence(company: company, between: editionA, and: editionB)?.kind
    }

    func linkEvidence(company: Int, between editionA: Int, and editionB: Int) -> ExhibitorMatchEvidence? {
        // A company has a handful of entries at an edition: compared pairwise, in place (this runs
        // for every returning company, 130,000 times at dataset scale).
        let members = entries(of: company)
        var sawA = false
        var sawB = false
        var best: ExhibitorMatchEvidence?
        for a in members where Int(editionOfEntry[Int(a)]) == editionA {
            sawA = true
            for b in members where Int(editionOfEntry[Int(b)]) == editionB {
                sawB = true
                guard let evidence = entryKeys.evidence(between: Int(a), and: Int(b)) else { continue }
                if evidence == .sameName { return evidence }
                if best == nil || evidence < best! { best = evidence }
            }
        }
        guard sawA && sawB else { return nil }
        return best ?? .similarName
    }

    /// The surest evidence tying the company's entries at one edition to its entries at any other.
    func attendanceEvidence(company: Int, edition: Int, editions attended: [Int]) -> ExhibitorMatchEvidence? {
        var best: ExhibitorMatchEvidence?
        for other in attended where other != edition {
            guard let evidence = linkEvidence(company: company, between: edition, and: other) else { continue }
            if evidence == .sameName { return evidence }
            if best == nil || evidence < best! { best = evidence }
        }
        return best
    }

    /// Flat entries of a company, in listing order.
    func entries(of company: Int) -> ArraySlice<Int32> {
        entriesOfCompany[entriesOfCompanyStart[company]..<entriesOfCompanyStart[company + 1]]
    }

    /// Indices into `editions` of the editions the company attended, in order.
    func editionIndices(of company: Int) -> [Int] {
        var result: [Int] = []
        for entry in entries(of: company) {
            let edition = Int(editionOfEntry[Int(entry)])
            if result.last != edition { result.append(edition) }
        }
        return result
    }

    /// Flat indices of the company's entries at one edition.
    func entryIndices(of company: Int, inEdition edition: Int) -> [Int] {
        entries(of: company).map(Int.init).filter { Int(editionOfEntry[$0]) == edition }
    }
}
