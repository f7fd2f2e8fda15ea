/// One entry of a fair's exhibitor list, in the shapes the CAAT/Omega dataset uses: every field
/// optional, a country as `{text, iso2}`, a plain string or a list, an address as an object or
/// text, categories as a list or one string, an alias as a string or a list.
struct FairEntry {
    enum Country {
        case object(text: String, iso2: String)
        case text(String)
        case list([(text: String, iso2: String)])
    }

    enum Address {
        case object(text: String, iso2: String, latitude: Int, longitude: Int)
        case text(String)
    }

    enum Texts {
        case one(String)
        case many([String])
    }

    var name: String
    var country: Country?
    var website: String?
    var exhibitorURL: String?
    var address: Address?
    var category: Texts?
    var telephone: Texts?
    var alias: Texts?
    var linkedIn: String?

    /// The entry for `company` on a list of `style`, with its name already spelled.
    init(_ company: FairCompany, name: String, style: FairListStyle, host: String, seriesSlug: String, rng: inout SplitMix64) {
        self.name = name
        // Now and then a company is listed under the host country (its local branch).
        let countryCode = rng.chance(perMille: 20) ? host : company.country
        switch style.profile {
        case .countries:
            if rng.chance(perMille: 985) {
                let text = Self.countryText(countryCode, style: style, rng: &rng)
                country = rng.chance(perMille: 4) ? .text(text) : .object(text: text, iso2: countryCode)
            }
            if rng.chance(perMille: 250) { website = company.website }
        case .addresses:
            let roll = rng.below(1000)
            if roll < 900 {
                address = Self.addressObject(company, countryCode: countryCode, style: style, rng: &rng)
            } else if roll < 950 {
                address = .text("\(company.street), \(company.city)")
            }
            let page = Slug.make(name, maximumWords: 5)
            exhibitorURL = "https://\(seriesSlug).example/exhibitors/" + (page.isEmpty ? "entry-\(Slug.base36(company.index))" : page)
            if rng.chance(perMille: 600) { website = company.website }
            if rng.chance(perMille: 6) { country = .object(text: Self.countryText(countryCode, style: style, rng: &rng), iso2: countryCode) }
        case .mixed:
            let roll = rng.below(1000)
            if roll < 220 {
                country = .text(CountryTable.name(of: countryCode).uppercased())
            } else if roll < 280 {
                country = .object(text: CountryTable.name(of: countryCode).uppercased(), iso2: countryCode)
            } else if roll < 284 {
                // The dataset's geocoder sometimes took an address fragment for a country ("13fl. Sungwoo bd" became BD).
                country = .list([(text: "\(company.street) bd", iso2: "BD"), (text: CountryTable.name(of: countryCode).uppercased(), iso2: countryCode)])
            }
            let addressRoll = rng.below(1000)
            if addressRoll < 450 {
                address = Self.addressObject(company, countryCode: countryCode, style: style, rng: &rng)
            } else if addressRoll < 900 {
                address = .text(company.street)
            }
            if rng.chance(perMille: 900) { website = company.website }
            if rng.chance(perMille: 80) {
                telephone = rng.chance(perMille: 800) ? .one(company.telephone) : .many([company.telephone, company.telephone.replacing(" ", with: "-")])
            }
            if rng.chance(perMille: 300), let slug = Slug.make(company.name.latin ?? company.name.core).nilIfEmpty {
                linkedIn = "https://www.linkedin.example/company/\(slug)"
            }
        case .bare:
            if rng.chance(perMille: 200) { website = company.website }
        }
        if style.hasCategories, !rng.chance(perMille: style.missingCategoryPerMille) {
            category = Self.categories(company, style: style, rng: &rng)
        }
        if company.name.latin != nil, style.nativeScripts, !style.asciiOnly, rng.chance(perMille: 500), let latin = company.name.latin {
            alias = rng.chance(perMille: 800) ? .one(latin) : .many([latin])
        } else if let acronym = company.name.acronym, rng.chance(perMille: 10) {
            alias = .one(acronym)
        }
    }

    /// How the list names a country: the table's name, in capitals, or another common name.
    private static func countryText(_ code: String, style: FairListStyle, rng: inout SplitMix64) -> String {
        let name = CountryTable.name(of: code)
        let textStyle = rng.chance(perMille: 100) ? rng.below(3) : style.countryTextStyle
        let text = switch textStyle {
        case 0: name
        case 1: name.uppercased()
        default: englishAlternatives[code] ?? name
        }
        return style.asciiOnly ? Slug.plainLatin(text) : text
    }

    /// Other English names lists give countries, all known to the guide's country table.
    private static let englishAlternatives: [String: String] = [
        "TR": "Turkey", "GB": "UK", "US": "USA", "RU": "Russian Federation", "KR": "Korea", "CZ": "Czech Republic",
        "AE": "UAE", "NL": "Holland", "VN": "Vietnam", "CN": "People's Republic of China", "IR": "Iran",
    ]

    /// A geocoded address: street, city and country on separate lines, near the capital.
    private static func addressObject(_ company: FairCompany, countryCode: String, style: FairListStyle, rng: inout SplitMix64) -> Address {
        let place = CountryPlaces.place(of: countryCode)
        let countryLine = rng.chance(perMille: 500) ? CountryTable.name(of: countryCode).uppercased() : CountryTable.name(of: countryCode)
        let postcode = rng.chance(perMille: 600) ? "\n\(rng.int(in: 10_000...99_999))" : ""
        return .object(text: "\(company.street)\n\(company.city)\(postcode)\n\(countryLine)", iso2: countryCode,
                       latitude: place.latitude + rng.int(in: -250_000...250_000),
                       longitude: place.longitude + rng.int(in: -250_000...250_000))
    }

    private static func categories(_ company: FairCompany, style: FairListStyle, rng: inout SplitMix64) -> Texts {
        var names: [String] = switch style.categoryNaming {
        case .leaves: company.leaves.map(\.name)
        case .sectors: [company.sector.name]
        case .sectorsAndLeaves: [company.sector.name] + company.leaves.map(\.name)
        }
        if style.upperCaseCategories { names = names.map { $0.uppercased() } }
        if style.categoriesAsOneString || (names.count == 1 && rng.chance(perMille: 30)) { return .one(names[0]) }
        return .many(names)
    }
}

extension String {
    /// nil for the empty string, so `if let` can skip it.
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
