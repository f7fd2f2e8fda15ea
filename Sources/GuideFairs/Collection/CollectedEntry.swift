/// One named entry of a fair's exhibitor list, cleaned as the single-file conversion cleans it
/// (whitespace, character references, the country resolved to a code), but not merged with the
/// list's other entries: in a collection, `ExhibitorMatching` decides which entries are one
/// company, within a fair as across fairs.
struct CollectedEntry: Sendable {
    var name: String
    /// Aliases, cleaned, each once, none equal to `name`.
    var aliases: [String]
    var country: String?
    /// The country as the list spells it, when the spelling names it (kept as a search name).
    var countrySpelling: String?
    /// A country text that names no known country ("EUROPEAN UNION"), kept for the description.
    var unknownCountryText: String?
    /// Indices into its fair's `categories`.
    var categories: [Int32]
    /// Every website the entry gives, cleaned (and repaired like the converter's), each once, in
    /// file order: a second website is still the company's.
    var websites: [String]

    /// The first website.
    var website: String? { websites.first }
}
