import GuideModel

/// One exhibitor entry after its strings are cleaned and its country resolved, before duplicates
/// are merged.
struct NormalisedEntry {
    /// Position in the file's `exhibitor` list.
    var index: Int
    var name: String
    var key: CompanyNameKey
    var aliases: [KeyedText]
    var country: CountryResolver.Resolution
    /// The dataset's code for the entry's address, when it is a country code: evidence that two
    /// spellings are different companies, never a country of its own.
    var addressCountry: String?
    var categories: [KeyedText]
    var website: String?
    /// The entry's further websites, cleaned, each once, none equal to `website`.
    var otherWebsites: [String] = []

    var path: JSONPath { .root / "exhibitor" / index }

    /// Whether where the two entries are places them apart: their countries, or their addresses'
    /// countries, are both known and differ.
    func isPlacedApart(from other: NormalisedEntry) -> Bool {
        if let a = country.code, let b = other.country.code, a != b { return true }
        if let a = addressCountry, let b = other.addressCountry, a != b { return true }
        return false
    }
}
