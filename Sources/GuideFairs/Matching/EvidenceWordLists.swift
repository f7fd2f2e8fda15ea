/// Words that cannot be a company's brand or acronym on their own (the brand-word and acronym tiers
/// of `ExhibitorMatchRule`), in folded form. On top of `NameWordLists.generic`: words many
/// companies start their names with, and places. A place as the first word names where a company
/// is, not which ("TURKISH AEROSPACE", "BAKU SHIPYARD"); a place after a brand names a branch
/// ("ASELSAN KONYA"), which is another company's listing.
///
/// A word missing here only lets the brand tier try it; the tier still needs the word to stand for
/// one longer name in the whole input, and the countries to agree.
enum EvidenceWordLists {
    /// Common first words that say what kind of company, not which.
    static let commonFirstWords: Set<String> = [
        "digital", "smart", "precision", "dynamics", "dynamic", "innovation", "innovations", "innovative",
        "logistics", "marine", "naval", "maritime", "tactical", "optics", "optical", "photonics", "robotics", "energy",
        "power", "software", "network", "networks", "communication", "communications", "telecom", "medical",
        "armor", "armour", "arms", "protection", "protective", "equipment", "supplies", "supply", "materials",
        "composites", "machinery", "machine", "makine", "united", "royal", "first", "new", "modern", "future",
        "star", "euro", "asia", "trans", "inter", "world", "universal", "special", "applied", "integrated",
        "strategic", "allied", "premier", "prime", "central", "state", "federal", "republic", "joint", "scientific",
        "production", "design", "development", "studio", "laboratory", "laboratories", "lab", "labs", "office",
        "bureau", "department", "directorate", "administration", "authority", "university", "academy", "school",
        "foundation", "union", "federation", "chamber", "council", "committee", "commission", "society",
        "defense", "defence", "military", "army", "navy", "air", "land", "sea", "space", "aero", "auto",
        "automotive", "electro", "electric", "electrical", "mechanical", "chemical", "metal", "steel", "textile",
        "data", "cyber", "info", "information", "computer", "computing", "vision", "sensor", "sensors",
        "radar", "radio", "satellite", "micro", "nano", "hydro", "thermal", "fire", "safety", "rescue", "training",
        "simulation", "simulator", "simulators", "ammunition", "weapons", "weapon", "vehicle", "vehicles",
        "aircraft", "helicopter", "helicopters", "ship", "ships", "shipyard", "shipbuilding", "boat", "boats",
        "pavilion", "exhibition", "expo", "magazine", "journal", "press", "publishing", "gazette",
        "alpha", "beta", "gamma", "delta", "omega", "sigma", "nova", "mega", "meta", "multi", "poly", "pro",
        "best", "top", "high", "hi", "big", "great", "grand", "golden", "silver", "blue", "red", "green", "black",
        "white", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
        "ateliers", "atelier", "officine", "societe", "groupe", "compagnie", "etablissements", "industrias", "talleres",
        "construcciones", "zaklady", "werke", "fabrika", "kombinat", "concern", "kontsern", "koncern", "konzern",
        "zavod", "obedinenie", "nauchno", "firma", "empresa", "companhia", "compania", "sociedad", "sirket", "shirket",
        "direct", "crystal", "quantum", "action", "elite", "alliance", "partners", "solution", "tech",
    ]

    /// Nationality and language adjectives, folded ("turkish", "azerbaijani").
    static let nationalities: Set<String> = [
        "afghan", "albanian", "algerian", "american", "argentine", "argentinian", "armenian", "australian",
        "austrian", "azerbaijani", "azeri", "bahraini", "bangladeshi", "belarusian", "belgian", "bosnian",
        "brazilian", "british", "bulgarian", "canadian", "chilean", "chinese", "colombian", "croatian", "cypriot",
        "czech", "danish", "dutch", "egyptian", "emirati", "english", "estonian", "european", "filipino", "finnish",
        "french", "georgian", "german", "greek", "hungarian", "indian", "indonesian", "iranian", "iraqi", "irish",
        "israeli", "italian", "japanese", "jordanian", "kazakh", "kazakhstani", "korean", "kuwaiti", "kyrgyz",
        "latvian", "lebanese", "libyan", "lithuanian", "malaysian", "mexican", "moldovan", "mongolian", "moroccan",
        "nigerian", "norwegian", "omani", "pakistani", "palestinian", "peruvian", "polish", "portuguese", "qatari",
        "romanian", "russian", "saudi", "serbian", "singaporean", "slovak", "slovenian", "spanish", "swedish",
        "swiss", "syrian", "taiwanese", "tajik", "thai", "tunisian", "turkish", "turkmen", "ukrainian", "uzbek",
        "venezuelan", "vietnamese", "yemeni", "turk", "turkiye", "turkey", "azerbaijan", "african", "arab", "arabian",
        "asian", "baltic", "caspian", "caucasus", "caucasian", "eurasian", "gulf", "latin", "nordic", "scandinavian",
        "middle", "international", "europe", "europa", "africa", "america", "americas", "emea", "mena", "apac", "latam",
        "pacific", "atlantic", "mediterranean", "benelux", "iberia", "iberica", "deutschland", "france", "italia", "espana",
    ]

    /// Cities and regions that open or follow company names in the fairs' lists, folded. Short on
    /// purpose: a country name is found by `CountryNames`, the rest by this list.
    static let places: Set<String> = [
        "baku", "ganja", "sumgait", "sumqayit", "nakhchivan", "istanbul", "ankara", "izmir", "konya", "bursa", "kayseri",
        "eskisehir", "trabzon", "antalya", "gaziantep", "kocaeli", "sakarya", "moscow", "moskva", "petersburg",
        "novosibirsk", "yekaterinburg", "ekaterinburg", "kazan", "tula", "izhevsk", "kyiv", "kiev", "kharkiv",
        "kharkov", "odesa", "odessa", "lviv", "dnipro", "minsk", "gomel", "orsha", "brest", "tbilisi", "yerevan",
        "astana", "almaty", "tashkent", "bishkek", "ashgabat", "dushanbe", "tehran", "dubai", "abudhabi", "abu",
        "dhabi", "sharjah", "doha", "riyadh", "jeddah", "muscat", "manama", "kuwait", "amman", "cairo", "karachi",
        "lahore", "islamabad", "rawalpindi", "delhi", "mumbai", "bangalore", "bengaluru", "hyderabad", "chennai",
        "beijing", "shanghai", "shenzhen", "guangzhou", "yantai", "xian", "wuhan", "chengdu", "nanjing", "tianjin",
        "hongkong", "hong", "kong", "seoul", "busan", "tokyo", "osaka", "singapore", "jakarta", "bangkok", "hanoi",
        "manila", "sydney", "melbourne", "london", "manchester", "paris", "lyon", "toulouse", "berlin", "munich",
        "muenchen", "hamburg", "frankfurt", "bremen", "rome", "roma", "milan", "milano", "turin", "torino", "madrid",
        "barcelona", "lisbon", "lisboa", "vienna", "wien", "prague", "praha", "brno", "warsaw", "warszawa", "krakow",
        "budapest", "bucharest", "sofia", "belgrade", "zagreb", "athens", "stockholm", "oslo", "copenhagen",
        "helsinki", "amsterdam", "rotterdam", "brussels", "zurich", "geneva", "bern", "tel", "aviv", "haifa",
        "jerusalem", "washington", "virginia", "texas", "california", "florida", "newyork", "york", "boston",
        "chicago", "houston", "toronto", "montreal", "ottawa", "quebec", "ontario", "bavaria", "anatolia",
    ]

    /// Whether a folded word names a place or a nationality (a country of one word by `CountryNames`).
    static func isPlace(_ word: String) -> Bool {
        placeWords.contains(word)
    }

    /// `places`, `nationalities` and every one-word country name `CountryNames` knows, folded:
    /// one hash per word (every word after a brand is asked about).
    static let placeWords: Set<String> = {
        var words = places.union(nationalities)
        for (name, _) in CountryNames.allNames {
            let folded = NameTokenizer.words(of: name)
            if folded.count == 1 { words.insert(folded[0]) }
        }
        return words
    }()
}
