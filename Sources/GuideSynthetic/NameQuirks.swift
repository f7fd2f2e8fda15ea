/// Punctuation that real exhibitor lists contain and that text handling must survive: ASCII quotes
/// around a brand, parentheses, ampersands, apostrophes, slashes and (rarely, for JSON escaping)
/// a backslash. Applied to `perMille` names in a thousand, on top of the forms the languages bring
/// themselves ("GmbH & Co. KG", "(Pvt.) Ltd.", "(주)", guillemets).
enum NameQuirks {
    static let perMille = 4

    static func apply(to name: String, country: String?, rng: inout SplitMix64) -> String {
        let words = name.split(separator: " ", maxSplits: 1).map(String.init)
        switch rng.below(6) {
        case 0:
            return words.count == 2 ? "\"\(words[0])\" \(words[1])" : "\"\(name)\""
        case 1:
            return "\(name) (\(country.map(CountryTable.name(of:)) ?? "Head Office") Branch)"
        case 2:
            return "\(name) & Partners"
        case 3:
            return words.count == 2 ? "\(words[0])'s \(words[1])" : "\(name)'s"
        case 4:
            return "\(name) / Service Division"
        default:
            return words.count == 2 ? "\(words[0])\\\(words[1])" : "\(name)\\Export"
        }
    }
}
