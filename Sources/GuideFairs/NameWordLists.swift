/// The word lists behind `NameKeys`, all in folded form (see `NameTokenizer`).
///
/// Kept short and explicit on purpose: every entry is a word that says what kind of company it is
/// rather than which company. A word missing here only makes matching stricter.
enum NameWordLists {
    /// Legal forms and their common spellings, as word sequences. Removed only at the start and the
    /// end of a name (`JSC KALASHNIKOV CONCERN`, `KALASHNIKOV CONCERN JSC`), repeatedly (`CO., LTD.`).
    static let legalForms: [[String]] = {
        let single = [
            // English and international
            "ltd", "llc", "llp", "lp", "plc", "inc", "incorporated", "co", "corp", "corporation", "company",
            "limited", "cie", "pte", "pvt", "pty", "bhd", "sdn", "tbk", "pt", "kk", "wll", "spc", "fze", "fzco",
            "fzc", "fzllc", "psc", "pjsc", "qpsc", "qsc", "bsc", "saog", "saoc",
            // Western and Northern Europe
            "gmbh", "mbh", "ag", "kg", "se", "sa", "sas", "sasu", "sarl", "sau", "sl", "slu", "spa", "srl",
            "snc", "sca", "nv", "bv", "bvba", "ab", "oy", "oyj", "as", "asa", "aps", "hf", "ehf", "ltda", "ltee",
            // Central and Eastern Europe, Turkey
            "sro", "spol", "doo", "dd", "ad", "ead", "eood", "ood", "kft", "zrt", "nyrt", "rt", "sti", "sirketi",
            // Russian, Belarusian, Ukrainian (Latin and Cyrillic)
            "jsc", "ojsc", "cjsc", "jsco", "zao", "oao", "ooo", "pao", "ao", "nao", "tov", "pat", "prat",
            "ао", "оао", "ооо", "зао", "пао", "нао", "тов", "пат", "прат",
        ]
        let phrases = [
            "joint stock company", "closed joint stock company", "open joint stock company",
            "public joint stock company", "private joint stock company", "joint stock co",
            "limited liability company", "limited liability partnership", "public limited company",
            "private limited", "and co", "and co kg", "sp z oo", "sp zoo", "spzoo", "spol s r o", "s r o",
            "a s", "s a", "s l", "b v", "n v", "anonim sirketi", "limited sirketi", "ltd sti",
            "sanayi ve ticaret", "sanayi ticaret", "san ve tic", "san tic",
        ]
        return single.map { [$0] } + phrases.map { $0.split(separator: " ").map(String.init) }
    }()

    /// Legal forms by their first word, longest first ("joint stock company" before "joint stock co").
    static let legalFormsByFirstWord: [String: [[String]]] =
        Dictionary(grouping: legalForms, by: { $0[0] }).mapValues { $0.sorted { $0.count > $1.count } }

    /// Legal forms by their last word, longest first ("closed joint stock company" before "company").
    static let legalFormsByLastWord: [String: [[String]]] =
        Dictionary(grouping: legalForms, by: { $0[$0.count - 1] }).mapValues { $0.sorted { $0.count > $1.count } }

    /// Dropped at the start of a name with the legal forms: "THE ULYANOVSK CARTRIDGE WORKS".
    static let leadingNoise: Set<String> = ["the"]

    /// Words that say nothing about which company is meant. A name made only of these (after its
    /// legal form is removed), such as "DEFENCE SYSTEMS" or "MEDIA", is matched only exactly: two
    /// such names agreeing after loosening is no evidence of one company.
    static let generic: Set<String> = [
        "defence", "defense", "defensa", "defesa", "savunma", "military", "security", "guvenlik",
        "system", "systems", "sistem", "sistemleri", "solution", "solutions", "technology", "technologies",
        "technologie", "tech", "technical", "technik", "teknoloji", "teknolojileri", "engineering", "muhendislik",
        "industry", "industries", "industrial", "industria", "sanayi", "group", "grup", "holding", "holdings",
        "international", "intl", "global", "national", "general", "advanced", "aerospace", "aviation",
        "electronic", "electronics", "elektronik", "service", "services", "trading", "trade", "ticaret",
        "export", "import", "products", "manufacturing", "enterprise", "enterprises", "consulting",
        "research", "science", "sciences", "company", "corporation", "association", "agency", "ministry",
        "institute", "organization", "organisation", "center", "centre", "plant", "factory", "works",
        "magazine", "media", "news", "review",
    ]

    /// What a word can be, looked up once per word (one hash instead of one per list).
    struct Roles: OptionSet, Sendable {
        let rawValue: UInt8
        static let generic = Roles(rawValue: 1)
        static let joining = Roles(rawValue: 2)
        static let leadingNoise = Roles(rawValue: 4)
        static let startsLegalForm = Roles(rawValue: 8)
        static let endsLegalForm = Roles(rawValue: 16)
    }

    static let roles: [String: Roles] = {
        var roles: [String: Roles] = [:]
        for word in generic { roles[word, default: []].insert(.generic) }
        for word in joiningWords { roles[word, default: []].insert(.joining) }
        for word in leadingNoise { roles[word, default: []].insert(.leadingNoise) }
        for word in legalFormsByFirstWord.keys { roles[word, default: []].insert(.startsLegalForm) }
        for word in legalFormsByLastWord.keys { roles[word, default: []].insert(.endsLegalForm) }
        return roles
    }()

    /// Joining words ignored when comparing word sets (the fuzzy tier) and initials: "MINISTRY OF
    /// DEFENSE OF THE REPUBLIC" and "MINISTRY OF THE DEFENSE OF THE REPUBLIC".
    static let joiningWords: Set<String> = ["the", "of", "and", "ve", "und", "et", "for"]
}
