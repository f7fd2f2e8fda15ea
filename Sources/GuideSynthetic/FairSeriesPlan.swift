/// One fair series of a synthetic directory ("ANKDEX", held in Ankara every other September) and
/// its editions, planned before any exhibitor list is drawn: everything here is small, so the
/// plan of hundreds of fairs costs nothing to keep.
struct FairSeriesPlan {
    /// One edition: a fair file.
    struct Edition {
        enum Kind {
            /// With an exhibitor list.
            case listed
            /// Dates and venue but no list (not published, or not yet).
            case metadataOnly
            /// Only an approximate date (the year), as the dataset has for many old fairs.
            case undated
        }

        let year: Int
        /// The edition's number in the series ("5th").
        let number: Int
        let kind: Kind
        /// Entries on the list (0 without one).
        let entryCount: Int
        let firstDay: Int
        let lastDay: Int
        /// When the dataset copied the list (a day number) and the time of day, in seconds.
        let listCopiedDay: Int
        let listCopiedSecond: Int
        let style: FairListStyle
    }

    let index: Int
    /// As the dataset's `series` field has it ("ANKDEX", "Tallinn Security Expo").
    let name: String
    /// File names are `<slug>-<year>.json`.
    let slug: String
    /// The long name aliases carry ("Ankara International Defence Exhibition").
    let fullName: String
    let host: CountryPlaces.Place
    let venueName: String
    let venueStreet: String
    let venueLatitude: Int
    let venueLongitude: Int
    let website: String
    let socialPlatforms: [String]
    let organisers: [(name: String, email: String?, telephone: String?, address: String?)]
    let organiserAsList: Bool
    let aliasStyle: Int
    /// Per mille of an edition's companies that come back to the next one.
    let returnPerMille: Int
    let editions: [Edition]

    private static let themes: [(word: String, code: String)] = [
        ("Defence", "DEX"), ("Security", "SEC"), ("Aerospace", "AERO"), ("Naval", "NAV"), ("Land Forces", "LAND"),
        ("Police", "POL"), ("Border Security", "BORDEX"), ("Cyber Security", "CYBEX"), ("Defence & Security", "DSE"),
        ("Homeland Security", "HLS"), ("Maritime Security", "MARSEC"), ("Aviation", "AVIA"), ("Military Technology", "MILTEX"),
    ]

    /// Plans series `index`, whose editions are of `kinds` with `entryCounts` entries (the
    /// directory's planner decides both); `takenSlugs` keeps names unique.
    init(index: Int, kinds: [Edition.Kind], entryCounts: [Int], profile: FairListStyle.Profile, seed: UInt64, takenSlugs: inout Set<String>) {
        let editionCount = kinds.count
        var rng = SplitMix64(seed: seed, stream: .fairSeries, index: index)
        self.index = index
        let host = CountryPlaces.all[rng.weighted(CountryPlaces.hostWeights)]
        self.host = host
        let city = Slug.plainLatin(host.capital)
        let countryName = CountryTable.name(of: host.code)

        var name = ""
        var fullName = ""
        var slug = ""
        for attempt in 0..<60 {
            let theme = rng.pick(Self.themes)
            switch rng.below(10) {
            case 0...4:
                let letters = String(city.uppercased().filter(\.isLetter).prefix(rng.int(in: 2...4)))
                name = letters + theme.code
                fullName = "\(city) International \(theme.word) Exhibition"
            case 5...7:
                name = "\(city) \(theme.word) \(rng.pick(["Expo", "Show", "Week", "Forum"]))"
                fullName = "\(city) International \(theme.word) \(rng.pick(["Exhibition", "Exhibition and Conference"]))"
            default:
                name = "\(theme.word) \(countryName)"
                fullName = "International \(theme.word) Exhibition \(countryName)"
            }
            if attempt == 59 { name += " \(index + 1)" }
            slug = Slug.make(name, maximumWords: 8)
            if takenSlugs.insert(slug).inserted { break }
        }
        self.name = name
        self.fullName = fullName
        self.slug = slug

        venueName = "\(city) \(rng.pick(["Expo Centre", "International Exhibition Centre", "Congress and Exhibition Centre", "Fairgrounds", "Exhibition Park"]))"
        venueStreet = "\(rng.int(in: 1...120)) \(rng.pick(["Exhibition Avenue", "Expo Boulevard", "Fair Street", "Congress Road"]))"
        venueLatitude = host.latitude + rng.int(in: -100_000...100_000)
        venueLongitude = host.longitude + rng.int(in: -100_000...100_000)
        website = rng.pick(["https://www.", "https://", "http://www."]) + slug + ".example" + rng.pick(["", "/", "/en/", "/en"])
        socialPlatforms = rng.chance(perMille: 600)
            ? ["facebook", "twitter", "linkedin", "instagram", "youtube"].filter { _ in rng.chance(perMille: 550) } : []
        let organiserName = "\(BrandWord.latin(.english, rng: &rng)) \(rng.pick(["Events", "Exhibitions", "Fairs", "Expo Group"])) \(LegalForm.usual(for: host.code))"
        let organiserSlug = Slug.make(organiserName)
        var organisers: [(name: String, email: String?, telephone: String?, address: String?)] = [(
            organiserName,
            rng.chance(perMille: 600) ? "\(rng.pick(["info", "office", "expo"]))@\(organiserSlug).example" : nil,
            rng.chance(perMille: 450) ? "+\(host.callingCode) \(rng.int(in: 10...99)) \(rng.int(in: 100...999)) \(rng.int(in: 1000...9999))" : nil,
            rng.chance(perMille: 400) ? "\(rng.int(in: 1...90)) \(rng.pick(["Nobel Avenue", "Main Street", "Trade Centre"]))\n\(city)\n\(countryName)" : nil
        )]
        organiserAsList = rng.chance(perMille: 350)
        if organiserAsList, rng.chance(perMille: 500) {
            organisers.append(("Ministry of Defence of \(CountryTable.withArticle(countryName))", nil, nil, nil))
        }
        self.organisers = organisers
        aliasStyle = rng.below(10)
        returnPerMille = rng.int(in: 420...580)

        // Years: every year or every other year, all within 2010-2026.
        let step = editionCount <= 8 && rng.chance(perMille: 700) ? 2 : 1
        let span = (editionCount - 1) * step
        let firstYear = rng.int(in: 2010...max(2010, 2026 - span))
        let firstNumber = rng.int(in: 1...12)
        let month = rng.int(in: 1...11)
        let usualDay = rng.int(in: 3...21)
        let length = rng.int(in: 3...5)
        let organiserStyle = FairListStyle.organiser(profile: profile, rng: &rng)
        editions = (0..<editionCount).map { number in
            let year = min(2026, firstYear + number * step)
            let firstDay = FairCalendar.dayNumber(year: year, month: month, day: usualDay + rng.int(in: -2...3))
            let lastDay = firstDay + length - 1
            var copied = lastDay + (rng.chance(perMille: 700) ? rng.int(in: 1...60) : rng.int(in: 61...240))
            // A list is copied before the fair when the fair is after the dataset's copy of it.
            if copied > Self.datasetDay { copied = firstDay - rng.int(in: 7...60) }
            return Edition(year: year, number: firstNumber + number, kind: kinds[number], entryCount: entryCounts[number],
                           firstDay: firstDay, lastDay: lastDay,
                           listCopiedDay: copied, listCopiedSecond: rng.below(86_400),
                           style: number == 0 ? organiserStyle : organiserStyle.edition(rng: &rng))
        }
    }

    /// The day of the dataset's commit the samples come from (2026-07-17): no list is copied later.
    static let datasetDay = FairCalendar.dayNumber(year: 2026, month: 7, day: 17)

    /// The fair's name ("ANKDEX 2024").
    func fairName(_ edition: Edition) -> String { "\(name) \(edition.year)" }

    func fileName(_ edition: Edition) -> String { "\(slug)-\(edition.year).json" }

    /// "5th", "22nd", "13th".
    static func ordinal(_ number: Int) -> String {
        let tens = number % 100
        let suffix = (11...13).contains(tens) ? "th" : [1: "st", 2: "nd", 3: "rd"][number % 10] ?? "th"
        return "\(number)\(suffix)"
    }
}
