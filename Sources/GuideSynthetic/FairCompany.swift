/// One company of the pool the synthetic fair files draw their exhibitors from: a pure function of
/// (seed, index), like `SyntheticExhibitor`, so a fair regenerates the companies it lists instead
/// of the pool being kept in memory, and a company is spelled from the same parts at every fair.
///
/// The pool is international (English names first, then Turkish, German, French, Chinese...),
/// unlike the show generator's Baku-centred mix: fair series are held all over the world.
struct FairCompany {
    let index: Int
    let language: NameLanguage
    /// ISO code of the country the company is from (lists often leave it out, never this).
    let country: String
    let name: CompanyNameParts
    let sector: CategoryTree.Sector
    /// One to three sub-categories of `sector`.
    let leaves: [CategoryTree.Leaf]
    let website: String?
    /// First line of its address ("Industriestraße 12"); the city and country follow.
    let street: String
    let city: String
    let telephone: String

    /// Relative frequency of each language in the pool, per mille (in `NameLanguage.allCases` order).
    static let languageWeights: [Int] = NameLanguage.allCases.map { language in
        switch language {
        case .english: 480
        case .turkish: 70
        case .german: 60
        case .french: 60
        case .chinese: 45
        case .italian: 40
        case .russian: 40
        case .iberian: 40
        case .polish: 25
        case .korean: 25
        case .nordic: 25
        case .japanese: 20
        case .ukrainian: 20
        case .czech: 15
        case .azerbaijani: 15
        case .hungarian: 10
        case .greek: 10
        }
    }

    /// The language and country alone: the first draws of the company's stream, cheap enough to
    /// test many candidates when a fair looks for companies of its host country.
    static func origin(index: Int, seed: UInt64) -> (language: NameLanguage, country: String) {
        var rng = SplitMix64(seed: seed, stream: .fairCompany, index: index)
        return drawOrigin(&rng)
    }

    private static func drawOrigin(_ rng: inout SplitMix64) -> (language: NameLanguage, country: String) {
        let language = NameLanguage.allCases[rng.weighted(languageWeights)]
        if language == .english { return (language, rng.pick(CountryTable.englishSpeaking).code) }
        let choices = language.countries
        return (language, choices[rng.weighted(choices.map(\.weight))].code)
    }

    init(index: Int, seed: UInt64) {
        var rng = SplitMix64(seed: seed, stream: .fairCompany, index: index)
        let origin = Self.drawOrigin(&rng)
        self.index = index
        language = origin.language
        country = origin.country
        name = CompanyNameParts.make(origin.language, country: origin.country, rng: &rng)

        sector = CategoryTree.sectors[rng.weighted(CategoryTree.sectorWeights)]
        var leaves = [rng.pick(sector.children)]
        for _ in 0..<rng.weighted([55, 30, 15]) {
            let another = rng.pick(sector.children)
            if !leaves.contains(where: { $0.id == another.id }) { leaves.append(another) }
        }
        self.leaves = leaves

        let slug = Slug.make(name.latin ?? name.core)
        var website = rng.chance(perMille: 850)
            ? rng.pick(["https://www.", "https://www.", "http://www.", "https://"]) + (slug.isEmpty ? "company-\(Slug.base36(index))" : slug)
                + ".example" + rng.pick(["", "", "/", "/en", "/en/"])
            : nil

        // One company in fifty shares its group's site with a sister company of another country
        // under another name (a pair of consecutive pool companies): a shared website that is no
        // evidence of one company. Decided from the indices, so the company's draws are unchanged.
        let pairing = index % 100
        if pairing == 7 || pairing == 8 {
            let sister = pairing == 7 ? index + 1 : index - 1
            if Self.origin(index: sister, seed: seed).country != origin.country {
                website = "https://www.group-\(Slug.base36(index / 100)).example/" + (slug.isEmpty ? Slug.base36(index) : slug)
            }
        }
        self.website = website

        let number = rng.int(in: 1...240)
        street = switch origin.language {
        case .german, .czech, .hungarian, .nordic, .polish:
            "\(rng.pick(["Industriestraße", "Hauptstraße", "Gewerbering", "Am Flughafen", "Technologiepark"])) \(number)"
        case .french: "\(number) rue \(rng.pick(["des Forges", "de la Paix", "du Général Leclerc", "des Entrepreneurs"]))"
        case .italian: "Via \(rng.pick(["Roma", "dell'Industria", "Garibaldi", "dei Mille"])), \(number)"
        case .iberian: "Calle \(rng.pick(["Mayor", "de la Industria", "del Puerto"])) \(number)"
        case .turkish:
            "\(rng.pick(["Organize Sanayi Bölgesi", "Teknopark", "İvedik OSB"])) \(rng.pick(["Atatürk Cad.", "Sanayi Cad.", "Çelik Sok."])) No:\(number)"
        case .azerbaijani: "\(rng.pick(["Heydər Əliyev prospekti", "Nizami küçəsi", "Azadlıq prospekti"])) \(number)"
        case .russian, .ukrainian: "ул. \(rng.pick(["Промышленная", "Заводская", "Лесная", "Садовая"])), д. \(number)"
        default:
            "\(number) \(rng.pick(["Station Road", "Industrial Way", "Harbour Street", "Enterprise Park", "Airport Boulevard", "Science Park Drive"]))"
        }
        city = switch origin.language {
        case .turkish: rng.pick(NameVocabulary.turkishCities)
        case .azerbaijani: rng.pick(NameVocabulary.azerbaijaniCities)
        case .russian where origin.country == "RU": rng.pick(NameVocabulary.russianCities)
        default: CountryPlaces.place(of: origin.country).capital
        }
        let place = CountryPlaces.place(of: origin.country)
        telephone = "+\(place.callingCode) \(rng.int(in: 10...99)) \(rng.int(in: 100...999)) \(rng.int(in: 10...99)) \(rng.int(in: 10...99))"
    }
}
