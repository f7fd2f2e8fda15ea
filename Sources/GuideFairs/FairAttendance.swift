/// One fair a company attended: an answer of `ExhibitorMatching.fairs(of:)`.
public struct FairAttendance: Sendable, Equatable {
    public let editionID: String
    public let series: String
    public let edition: String
    public let year: Int?
    /// The fair's name ("ADEX 2024").
    public let fairName: String
    /// The company's entries at that fair (usually one; duplicates in a list give more).
    public let entries: [EditionEntry]
    /// How this fair's entry is tied to the company's other fairs: the tier of `evidence`; nil
    /// when the company has no other fair.
    public let matchKind: ExhibitorMatchKind?
    /// The surest evidence tying this fair's entries to the company's entries at another of its
    /// fairs (`ExhibitorMatching.linkEvidence`); nil when the company has no other fair.
    public let evidence: ExhibitorMatchEvidence?
}
