/// One synthetic exhibitor, a pure function of (seed, index): the exhibitors section, the products
/// section and the programme all regenerate the exhibitors they need instead of keeping a million
/// records in memory.
struct SyntheticExhibitor {
    let index: Int
    let id: String
    let name: String
    let altNames: [String]
    let country: String?
    let language: NameLanguage
    let shows: [String]
    let showNote: String?
    let listed: Bool
    let kind: String
    /// Category ids (mostly sub-categories) in the order chosen.
    let categories: [String]
    /// The sub-categories whose product types this exhibitor shows.
    let productLeaves: [CategoryTree.Leaf]
    let standClass: StandClass
    let description: String?
    let website: String?
    let sources: [String]
    let confidence: String
    let productCount: Int
    let modelPrefix: String

    /// Kinds of exhibitor with their relative frequency, per mille.
    static let kinds: [(id: String, name: String, weight: Int)] = [
        ("company", "Company", 910), ("state-body", "State body", 20), ("media", "Media", 20),
        ("association", "Association", 15), ("research-institute", "Research institute", 20),
        ("university", "University", 10), ("national-pavilion", "National pavilion", 5),
    ]

    /// Products per company: none to five, weighted towards one or two.
    static let productCountWeights = [20, 25, 20, 15, 12, 8]

    init(index: Int, seed: UInt64) {
        var rng = SplitMix64(seed: seed, stream: .exhibitor, index: index)
        self.index = index
        let kind = Self.kinds[rng.weighted(Self.kinds.map(\.weight))].id
        let language = NameLanguage.allCases[rng.weighted(NameLanguage.weights)]
        self.kind = kind
        self.language = language

        // Country: by language; English names are spread over the English-writing world.
        var country: String?
        if language == .english {
            country = rng.pick(CountryTable.englishSpeaking).code
        } else {
            let choices = language.countries
            country = choices[rng.weighted(choices.map(\.weight))].code
        }
        if kind != "national-pavilion", rng.chance(perMille: 15) { country = nil }

        var generated: ExhibitorName = switch kind {
        case "state-body": NameFactory.stateBody(language, country: country, rng: &rng)
        case "media": NameFactory.media(language, country: country, rng: &rng)
        case "association": NameFactory.association(language, country: country, rng: &rng)
        case "research-institute": NameFactory.researchInstitute(language, country: country, rng: &rng)
        case "university": NameFactory.university(language, country: country, rng: &rng)
        case "national-pavilion": NameFactory.nationalPavilion(country: country ?? "AZ", rng: &rng)
        default: NameFactory.company(language, country: country, rng: &rng)
        }
        if rng.chance(perMille: NameQuirks.perMille) {
            generated.name = NameQuirks.apply(to: generated.name, country: country, rng: &rng)
        }
        if HostileNames.isHostile(index: index) {
            generated.name = HostileNames.apply(to: generated.name, index: index)
        }
        let slug = Slug.make(generated.latin)
        id = (slug.isEmpty ? "exhibitor" : slug) + "-" + Slug.base36(index)
        name = generated.name
        altNames = generated.altNames
        self.country = country
        modelPrefix = generated.modelPrefix.isEmpty ? "X" : generated.modelPrefix

        // Categories: one sector, one or two of its sub-categories, sometimes one from elsewhere.
        let sector = CategoryTree.sectors[rng.weighted(CategoryTree.sectorWeights)]
        var leaves = [rng.pick(sector.children)]
        if rng.chance(perMille: 250) {
            let second = rng.pick(sector.children)
            if second.id != leaves[0].id { leaves.append(second) }
        }
        if rng.chance(perMille: 60) {
            let other = rng.pick(rng.pick(CategoryTree.sectors).children)
            if !leaves.contains(where: { $0.id == other.id }) { leaves.append(other) }
        }
        productLeaves = leaves
        switch kind {
        case "company", "research-institute":
            categories = rng.chance(perMille: 30) ? [] : leaves.map(\.id)
        case "national-pavilion", "university":
            categories = []
        default:
            categories = rng.chance(perMille: 500) ? [sector.id] : []
        }

        // Shows: security sectors go to the security show, the rest to the defence show.
        if rng.chance(perMille: 25) {
            shows = []
            showNote = "The sources do not say which show."
        } else if sector.isSecurity {
            shows = rng.chance(perMille: 250) ? ["defence", "security"] : ["security"]
            showNote = nil
        } else {
            shows = rng.chance(perMille: 70) ? ["defence", "security"] : ["defence"]
            showNote = nil
        }

        standClass = StandClass.of(index: index, seed: seed)
        listed = standClass != .unpublished || rng.chance(perMille: 600)
        if listed {
            sources = rng.chance(perMille: 100) ? ["s1", "s3"] : ["s1"]
            confidence = rng.chance(perMille: 920) ? "confirmed" : "reported"
        } else {
            sources = ["s2"]
            confidence = rng.chance(perMille: 700) ? "reported" : "weak"
        }

        productCount = kind == "company" ? rng.weighted(Self.productCountWeights) : 0
        let types = leaves.flatMap(\.productTypes)
        if rng.chance(perMille: 600) {
            let first = rng.pick(types)
            let second = rng.pick(types)
            let shown = first == second ? CategoryTree.plural(first) : "\(CategoryTree.plural(first)) and \(CategoryTree.plural(second))"
            description = switch rng.below(4) {
            case 0: "Develops and produces \(shown)."
            case 1: "Manufacturer of \(shown)."
            case 2: "Supplier of \(shown) for \(rng.pick(["armed forces", "border guards", "police", "emergency services", "industry"]))."
            default: standClass == .unpublished ? "Reported showing \(shown)." : "Shows \(shown) at its stand."
            }
        } else {
            description = nil
        }
        let webSlug = slug.isEmpty ? "exhibitor-\(Slug.base36(index))" : slug
        let wantsWebsite = rng.chance(perMille: kind == "company" ? 850 : 600)
        let localPath = switch country {
        case "AZ": "/az"
        case "TR": "/tr"
        case "RU", "BY", "KZ": "/ru"
        default: "/"
        }
        website = wantsWebsite ? "https://www.\(webSlug).example" + rng.pick(["", "", "/", "/en", "/en/", localPath]) : nil
    }
}
