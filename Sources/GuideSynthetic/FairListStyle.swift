/// How one organiser publishes its exhibitor list, and so what the dataset's copy of it holds:
/// which fields entries have (the four `Profile`s are the shapes the CAAT/Omega samples show),
/// how names are cased and spelled, how categories are named, how messy the text is.
///
/// A series keeps its style from edition to edition, with a few changes (a new web site upper-
/// cases names, or starts giving countries), as real series do.
struct FairListStyle {
    /// What an entry carries besides its name.
    enum Profile: Int, CaseIterable {
        /// A country object on nearly every entry, little else (ADEX, Eurosatory).
        case countries
        /// A geocoded address, the organiser's page for the exhibitor, a web site and categories;
        /// a country almost never (DSEI, IDEF).
        case addresses
        /// A bit of everything: countries as plain strings, objects or lists, addresses as text or
        /// objects, telephones, social links (SIAE).
        case mixed
        /// The name, sometimes a category or a web site (many small fairs).
        case bare

        /// Per mille of all entries in lists of each profile: more than half of the entries end up
        /// without a country, as in the dataset.
        var perMille: Int {
            switch self {
            case .countries: 350
            case .addresses: 300
            case .mixed: 150
            case .bare: 200
            }
        }
    }

    /// How category strings are written.
    enum CategoryNaming {
        case leaves
        case sectors
        case sectorsAndLeaves
    }

    var profile: Profile
    var upperCaseNames: Bool
    /// Diacritics folded away and non-Latin names written in Latin letters.
    var asciiOnly: Bool
    /// Names in Cyrillic, Greek or CJK kept in their own script (else their Latin form).
    var nativeScripts: Bool
    /// "&" written as "&amp;" (a list scraped from HTML).
    var htmlEntities: Bool
    /// Every name ends with a space.
    var trailingSpaces: Bool
    var alphabetical: Bool
    /// Whether entries have categories at all, and as a list or as one string.
    var hasCategories: Bool
    var categoriesAsOneString: Bool
    var categoryNaming: CategoryNaming
    var upperCaseCategories: Bool
    /// Per mille of entries without categories in a list that has them.
    var missingCategoryPerMille: Int
    /// Per mille of companies listed twice, under two spellings.
    var duplicatePerMille: Int
    /// How a country object's text is written: the table's name, upper case, or another name.
    var countryTextStyle: Int

    /// An organiser's habits; `profile` comes from the planner (shared out by entries).
    static func organiser(profile: Profile, rng: inout SplitMix64) -> FairListStyle {
        FairListStyle(
            profile: profile,
            upperCaseNames: rng.chance(perMille: 450),
            asciiOnly: rng.chance(perMille: 450),
            nativeScripts: rng.chance(perMille: 450),
            htmlEntities: rng.chance(perMille: 80),
            trailingSpaces: rng.chance(perMille: 30),
            alphabetical: rng.chance(perMille: 850),
            hasCategories: profile == .addresses || profile == .mixed ? rng.chance(perMille: 900) : rng.chance(perMille: 350),
            categoriesAsOneString: rng.chance(perMille: 80),
            categoryNaming: [.leaves, .leaves, .sectors, .sectorsAndLeaves][rng.below(4)],
            upperCaseCategories: rng.chance(perMille: 200),
            missingCategoryPerMille: rng.int(in: 50...450),
            duplicatePerMille: rng.int(in: 3...25),
            countryTextStyle: rng.below(3)
        )
    }

    /// The style of one edition: the organiser's, now and then changed in one respect (the
    /// profile stays: the planner shares profiles out by entries).
    func edition(rng: inout SplitMix64) -> FairListStyle {
        var style = self
        switch rng.below(10) {
        case 0: style.upperCaseNames.toggle()
        case 1: style.asciiOnly.toggle()
        case 2: style.alphabetical.toggle()
        case 3: style.hasCategories.toggle()
        default: break
        }
        style.duplicatePerMille = max(0, style.duplicatePerMille + rng.int(in: -3...3))
        return style
    }
}
