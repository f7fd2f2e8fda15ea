/// One exhibitor of the converted document: one entry of the list, or several spellings of the
/// same company merged.
struct MergedExhibitor {
    /// The entries it was made of, in file order; the first gives the name.
    var entries: [NormalisedEntry]

    var first: NormalisedEntry { entries[0] }
    var name: String { first.name }

    /// The other spellings, then every alias, each once and none equal to the name.
    var altNames: [String] {
        var seen: Set<String> = [name]
        var names: [String] = []
        for candidate in entries.dropFirst().map(\.name) + entries.flatMap(\.aliases).map(\.text) where seen.insert(candidate).inserted {
            names.append(candidate)
        }
        return names
    }

    /// The first entry's country that has a code, one given as a country before one read from an
    /// address; else the first text kept.
    var country: CountryResolver.Resolution {
        entries.first(where: { $0.country.code != nil && !$0.country.fromAddress })?.country
            ?? entries.first(where: { $0.country.code != nil })?.country
            ?? entries.first(where: { $0.country.unknownText != nil })?.country
            ?? CountryResolver.Resolution()
    }

    /// Every entry's categories, each once.
    var categories: [KeyedText] {
        guard entries.count > 1 else { return first.categories }
        var seen = Set<String>()
        return entries.flatMap(\.categories).filter { seen.insert($0.key).inserted }
    }

    var website: String? { entries.lazy.compactMap(\.website).first }
}
