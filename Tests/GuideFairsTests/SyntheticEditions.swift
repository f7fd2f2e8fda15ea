import GuideFairs
import GuideTestSupport

/// Deterministic synthetic fair editions at the scale of the whole CAAT dataset (hundreds of
/// fairs, ~200,000 entries), for the scale test and for measuring: a pool of invented companies,
/// a few attending most fairs and most attending few, each listed under varied spellings (case,
/// legal forms, quotes, a respelled letter) and sometimes without a country.
enum SyntheticEditions {
    static func generate(editions editionCount: Int, entriesPerEdition: Int, seed: UInt64) -> [EditionInput] {
        var random = SeededGenerator(seed: seed)
        let poolSize = max(10, editionCount * entriesPerEdition / 5)
        let syllables = ["ar", "bel", "cor", "dan", "el", "fen", "gar", "hav", "is", "kal", "lor", "mak", "nor", "ot", "pol",
                         "rok", "san", "tek", "ul", "var", "zen", "as", "ba", "ki", "mo", "ra", "su", "ti", "vo", "ye"]
        let tails = ["", " SYSTEMS", " DEFENCE", " AEROSPACE", " ELECTRONICS", " GROUP", " INDUSTRIES", " TECHNOLOGIES", " SHIPYARD", " OPTICS"]
        let legalForms = ["", " LTD", " LLC", " INC.", " JSC", " A.Ş.", " GMBH", " CO., LTD.", " S.A.", " PLC"]
        let countries = ["TR", "AZ", "RU", "CN", "IL", "GB", "FR", "DE", "US", "IT", "PK", "BY", "AE", "IN", "KR"]
        let companies = (0..<poolSize).map { _ in
            let wordCount = Int.random(in: 2...4, using: &random)
            let word = (0..<wordCount).map { _ in syllables.randomElement(using: &random)! }.joined().uppercased()
            let second = Int.random(in: 0..<3, using: &random) == 0
                ? " " + (0..<2).map { _ in syllables.randomElement(using: &random)! }.joined().uppercased() : ""
            return (name: word + second + tails.randomElement(using: &random)!, country: countries.randomElement(using: &random)!)
        }
        return (0..<editionCount).map { editionIndex in
            let series = "Series \(editionIndex % 20)"
            let year = 2000 + editionIndex / 20
            var chosen = Set<Int>()
            while chosen.count < min(entriesPerEdition, poolSize) {
                // Skewed towards the start of the pool: the big companies go to most fairs.
                let draw = Double.random(in: 0..<1, using: &random)
                chosen.insert(Int(draw * draw * Double(poolSize)))
            }
            let exhibitors = chosen.sorted().enumerated().map { offset, company in
                var name = companies[company].name + legalForms.randomElement(using: &random)!
                switch Int.random(in: 0..<20, using: &random) {
                case 0: name = "\"" + name + "\""
                case 1: name = name.lowercased()
                case 2: name = respelled(name, using: &random)
                default: break
                }
                let country = Int.random(in: 0..<3, using: &random) == 0 ? nil : companies[company].country
                return EditionEntry(id: String(offset), name: name, country: country)
            }
            return EditionInput(id: "series-\(editionIndex % 20)-\(year)", series: series,
                                edition: String(year), year: year, name: "\(series) \(year)", exhibitors: exhibitors)
        }
    }

    /// One letter of the name replaced by its neighbour in the alphabet.
    private static func respelled(_ name: String, using random: inout SeededGenerator) -> String {
        var scalars = Array(name.unicodeScalars)
        let letters = scalars.indices.filter { ("A"..."Y").contains(scalars[$0]) }
        guard let index = letters.randomElement(using: &random) else { return name }
        scalars[index] = Unicode.Scalar(scalars[index].value + 1)!
        return String(String.UnicodeScalarView(scalars))
    }
}
