/// One company as matched across every edition given to `ExhibitorMatching`, with each entry it
/// was listed as.
public struct Company: Sendable, Equatable, Identifiable {
    /// One listing of the company at one edition.
    public struct Listing: Sendable, Equatable {
        public let editionID: String
        public let entryID: String
        /// The name as that edition listed it.
        public let name: String
    }

    public let id: CompanyID
    /// The name most of its entries use (verbatim, untrusted: sanitise before drawing).
    public let name: String
    /// The country most of its entries give, ties alphabetically; nil when none gives one.
    public let country: String?
    /// Every entry, in edition order (see `ExhibitorMatching.editions`), then by entry id.
    public let listings: [Listing]
}
