/// One synthetic programme item: ceremonies, panels, presentations, demonstrations, signings,
/// visits, B2B meetings... with times inside the opening hours of its shows, and the gaps real
/// programmes have (no published day, no published time, a start without an end, items spanning
/// several days). A pure function of (seed, number).
struct SyntheticProgrammeItem {
    let id: String
    let title: String
    let kind: String
    let shows: [String]
    let day: String?
    let lastDay: String?
    let dayNote: String?
    let start: String?
    let end: String?
    let place: String?
    let people: [String]
    let organisations: [String]
    let exhibitors: [String]
    let description: String?
    let sources: [String]
    let confidence: String

    static let kinds: [(kind: String, weight: Int)] = [
        ("panel", 20), ("presentation", 20), ("display", 12), ("signing", 10), ("visit", 10), ("meeting", 6),
        ("talk", 10), ("workshop", 6), ("award", 2), ("briefing", 4),
    ]
    static let topics = [
        "The future of unmanned systems", "Counter-drone defence", "Cybersecurity of critical infrastructure",
        "Localising defence production", "Border security technologies", "Maritime security in the Caspian",
        "Training and simulation", "Supply chains and export control", "Space-based communications",
        "Protecting first responders", "Pilotsuz sistemlərin gələcəyi", "Savunma sanayiinde yerlileştirme",
        "Безопасность критической инфраструктуры", "Women in defence engineering", "Start-ups & innovation",
    ]
    static let surnames = [
        "Məmmədov", "Həsənova", "Quliyev", "Hüseynova", "İsmayılov", "Kərimova", "Rəhimov", "Yılmaz", "Kaya",
        "Demir", "Şahin", "Öztürk", "Aydın", "Петров", "Смирнова", "Кузнецов", "Smith", "Walker", "Clarke",
        "Patel", "Schneider", "Fischer", "Moreau", "Laurent", "Kowalska", "Nowak", "Rossi", "Wang", "Tanaka", "Kim",
    ]
    static let honorifics = ["", "", "", "Dr. ", "Prof. ", "Col. ", "Gen. (ret.) ", "Capt. "]

    /// At least 20, and one item per 20 exhibitors.
    static func count(exhibitors: Int) -> Int { max(20, exhibitors / 20) }

    init(number: Int, total: Int, exhibitors exhibitorCount: Int, halls: Int, seed: UInt64) {
        var rng = SplitMix64(seed: seed, stream: .programme, index: number)
        func person() -> String {
            let initial = rng.pick(Array("ABDEFHKLMNRSTVZ"))
            return "\(rng.pick(Self.honorifics))\(initial). \(rng.pick(Self.surnames))"
        }
        /// Distinct exhibitors, never one with a hostile name (those stay at their documented rate).
        func exhibitorsInvolved(_ count: Int) -> [SyntheticExhibitor] {
            guard exhibitorCount > 0 else { return [] }
            return rng.distinct(count, below: exhibitorCount).map { index in
                let safe = HostileNames.isHostile(index: index) ? (index + 1) % exhibitorCount : index
                return SyntheticExhibitor(index: safe, seed: seed)
            }
        }

        if number == 0 || number == total - 1 {
            let opening = number == 0
            kind = opening ? "ceremony" : "closing"
            id = opening ? "opening-ceremony" : "closing-ceremony"
            title = opening ? "Opening ceremony" : "Closing ceremony"
            shows = []
            day = opening ? ShowCalendar.defenceDays[0].date : ShowCalendar.defenceDays[2].date
            lastDay = nil
            dayNote = nil
            start = opening ? "10:00" : "15:00"
            end = opening ? "10:45" : "15:40"
            place = opening ? "Hall 1, main entrance" : "Conference hall A"
            people = (0..<rng.int(in: 2...4)).map { _ in person() }
            organisations = ["Synthetic Expo Organiser"]
            exhibitors = []
            description = opening ? "Official opening of the event with speeches by the organisers." : nil
            sources = ["s4"]
            confidence = "confirmed"
            return
        }

        let kind = Self.kinds[rng.weighted(Self.kinds.map(\.weight))].kind
        self.kind = kind
        id = "\(kind)-\(number + 1)"
        let roll = rng.below(100)
        shows = roll < 65 ? ["defence"] : roll < 85 ? ["security"] : roll < 95 ? ["defence", "security"] : []
        let days = ShowCalendar.commonDays(of: shows)

        var involved: [SyntheticExhibitor] = []
        var people: [String] = []
        var organisations: [String] = []
        var place: String?
        let title: String
        let topic = rng.pick(Self.topics)
        switch kind {
        case "panel", "talk", "workshop":
            let label = kind == "panel" ? "Panel" : kind == "talk" ? "Talk" : "Workshop"
            title = "\(label): \(topic)"
            people = (0..<rng.int(in: 1...(kind == "panel" ? 5 : 2))).map { _ in person() }
            involved = rng.chance(perMille: 300) ? exhibitorsInvolved(rng.int(in: 1...2)) : []
            place = rng.chance(perMille: 800) ? "Conference hall \(rng.pick(["A", "B", "C"]))" : nil
        case "presentation":
            involved = exhibitorsInvolved(1)
            let leaf = involved.first.map { rng.pick($0.productLeaves) } ?? rng.pick(rng.pick(CategoryTree.sectors).children)
            let type = rng.pick(leaf.productTypes)
            title = involved.first.map { "Presentation: new \(type) by \($0.name)" } ?? "Presentation: new \(type)"
            place = rng.chance(perMille: 700) ? "Hall \(rng.int(in: 1...max(1, halls)))" : nil
        case "display":
            involved = exhibitorsInvolved(rng.int(in: 1...3))
            let leaf = rng.pick(rng.pick(CategoryTree.sectors).children)
            title = "Live demonstration: \(CategoryTree.plural(rng.pick(leaf.productTypes)))"
            place = "Outdoor display area"
        case "signing":
            involved = exhibitorsInvolved(rng.int(in: 1...2))
            organisations = [NameFactory.join(["State Agency for", rng.pick(NameVocabulary.stateTopics).english])]
            title = rng.pick(["Signing of a cooperation agreement", "Memorandum of understanding signed", "Contract signing"])
            people = (0..<rng.int(in: 0...2)).map { _ in person() }
        case "visit":
            let country = rng.pick(CountryTable.all)
            title = "Visit of the \(country.name) delegation"
            organisations = ["Delegation of \(CountryTable.withArticle(country.name))"]
            people = (0..<rng.int(in: 1...3)).map { _ in person() }
            involved = rng.chance(perMille: 400) ? exhibitorsInvolved(rng.int(in: 1...3)) : []
        case "meeting":
            title = "B2B meetings: \(rng.pick(CountryTable.all).name) and \(rng.pick(CountryTable.all).name) companies"
            place = rng.chance(perMille: 600) ? "Business lounge" : nil
        case "award":
            title = "Innovation award: \(rng.pick(CategoryTree.sectors).name.lowercased())"
            involved = exhibitorsInvolved(rng.int(in: 1...3))
            place = "Conference hall A"
        default:
            title = "Press briefing: \(topic)"
            people = [person()]
            place = rng.chance(perMille: 500) ? "Press centre" : nil
        }
        self.title = title
        self.place = place
        self.people = people
        self.organisations = organisations
        exhibitors = involved.map(\.id)

        // Day and time: most items have both; some span days; some have neither.
        if days.isEmpty || rng.chance(perMille: 70) {
            day = nil
            lastDay = nil
            dayNote = rng.chance(perMille: 500) ? "Day not published" : nil
            start = nil
            end = nil
        } else if kind == "meeting", days.count > 1, rng.chance(perMille: 600) {
            day = days[0].date
            lastDay = days[days.count - 1].date
            dayNote = nil
            start = nil
            end = nil
        } else {
            let chosen = rng.pick(days)
            day = chosen.date
            lastDay = nil
            dayNote = nil
            let duration = rng.pick([15, 20, 30, 45, 60, 90, 120])
            let slots = (chosen.close - chosen.open - duration) / 15
            if slots >= 0, rng.chance(perMille: 850) {
                let begin = chosen.open + rng.int(in: 0...slots) * 15
                start = ShowCalendar.time(begin)
                end = rng.chance(perMille: 940) ? ShowCalendar.time(begin + duration) : nil
            } else {
                start = nil
                end = nil
            }
        }
        description = rng.chance(perMille: 350) ? "\(topic). Open to trade visitors; registration at the information desk." : nil
        if rng.chance(perMille: 850) {
            sources = ["s4"]
            confidence = "confirmed"
        } else {
            sources = ["s2"]
            confidence = "reported"
        }
    }
}
