/// Joins entries that share a fuzzy key, as far as their countries allow: entries of the same
/// country are joined; entries without a country join them only when exactly one country is
/// present (with two or more, which one they belong to is a guess, so they are left alone); with
/// no country known at all, they are joined with each other. Two different known countries are
/// never joined through a fuzzy key.
enum CountryGate {
    /// `countryOfEntry`: interned country per entry, -1 when unknown.
    static func join(_ entries: [Int32], countryOfEntry: [Int32], in sets: inout UnionFind) {
        guard entries.count > 1 else { return }
        let byCountry = entries.sorted { countryOfEntry[Int($0)] < countryOfEntry[Int($1)] }
        var unknownEnd = 0
        while unknownEnd < byCountry.count && countryOfEntry[Int(byCountry[unknownEnd])] < 0 { unknownEnd += 1 }
        var knownCountries = 0
        var firstKnown: Int32 = -1
        var runStart = unknownEnd
        while runStart < byCountry.count {
            let country = countryOfEntry[Int(byCountry[runStart])]
            var runEnd = runStart + 1
            while runEnd < byCountry.count && countryOfEntry[Int(byCountry[runEnd])] == country {
                sets.union(byCountry[runStart], byCountry[runEnd])
                runEnd += 1
            }
            knownCountries += 1
            firstKnown = byCountry[runStart]
            runStart = runEnd
        }
        guard unknownEnd > 0, knownCountries <= 1 else { return }
        let anchor = knownCountries == 1 ? firstKnown : byCountry[0]
        for index in 0..<unknownEnd { sets.union(anchor, byCountry[index]) }
    }
}
