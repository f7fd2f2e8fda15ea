/// One edition in its series' history: who came, who was new, who came back, who stayed away,
/// and from which countries. Company lists are sorted by id.
public struct EditionSummary: Sendable, Equatable {
    public let editionID: String
    public let edition: String
    public let year: Int?
    public let name: String
    /// Entries in the edition's list, duplicates included (ADEX 2024: 201).
    public let entryCount: Int
    /// Distinct companies among them (ADEX 2024 lists some twice).
    public let companies: [CompanyID]
    /// At no earlier edition of the series.
    public let new: [CompanyID]
    /// At some earlier edition of the series (the previous one or before).
    public let returning: [CompanyID]
    /// At the previous edition of the series: a part of `returning`.
    public let returningFromPrevious: [CompanyID]
    /// At the previous edition, absent from this one.
    public let notReturning: [CompanyID]
    /// `returningFromPrevious` counted by how their entries at the two editions are tied
    /// (`ExhibitorMatching.linkKind`); kinds with no company are absent.
    public let returningFromPreviousByKind: [ExhibitorMatchKind: Int]
    /// Companies per country, most first (ties by code), companies without a country last as
    /// `.unknown`. A company listed under two countries at one edition counts under the one most
    /// of its entries give.
    public let countries: [CountryCount]

    /// `returning` minus `returningFromPrevious`: back after missing at least one edition.
    public var returningAfterGap: [CompanyID] {
        let fromPrevious = Set(returningFromPrevious)
        return returning.filter { !fromPrevious.contains($0) }
    }

    /// The `count` countries with most companies, then the rest as one `.otherCountries` bar,
    /// then `.unknown`: a chart that fits.
    public func topCountries(_ count: Int) -> [CountryCount] {
        let known = countries.filter { if case .country = $0.group { true } else { false } }
        var result = Array(known.prefix(max(0, count)))
        let rest = known.dropFirst(max(0, count))
        if !rest.isEmpty {
            result.append(CountryCount(.otherCountries(rest.count), count: rest.reduce(0) { $0 + $1.count }))
        }
        result.append(contentsOf: countries.filter { $0.group == .unknown })
        return result
    }
}
