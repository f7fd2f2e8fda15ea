import GuideModel

/// A plan looked up in the catalog, in the order every export lists it: programme items in the
/// catalog's order (by day, unknown day last, then start time, unpublished time last, then title),
/// exhibitors by hall (in the catalog's hall order, no published hall last), stand code (digits
/// compared as numbers, so A2 comes before A10), then name; ids no longer in the data last,
/// programme items first, by id.
struct PlanExportContent {
    struct ProgrammeEntry {
        var item: ProgrammeItem
        var mark: PlanMark
    }

    struct ExhibitorEntry {
        var exhibitor: Exhibitor
        /// Nil when the stand's hall is not published (or not in the data).
        var hall: Hall?
        var mark: PlanMark
    }

    struct MissingEntry {
        var item: PlanItem
        var mark: PlanMark
    }

    var programme: [ProgrammeEntry] = []
    var exhibitors: [ExhibitorEntry] = []
    var missing: [MissingEntry] = []

    init(plan: Plan, catalog: Catalog) {
        var wanted: [String: PlanMark] = [:]
        for id in plan.programme {
            guard let mark = plan.mark(.programmeItem(id)) else { continue }
            if catalog.programmeItem(id: id) != nil {
                wanted[id] = mark
            } else {
                missing.append(MissingEntry(item: .programmeItem(id), mark: mark))
            }
        }
        if !wanted.isEmpty {
            for item in catalog.programme {
                if let mark = wanted.removeValue(forKey: item.id) { programme.append(ProgrammeEntry(item: item, mark: mark)) }
            }
        }
        for id in plan.exhibitors {
            guard let mark = plan.mark(.exhibitor(id)) else { continue }
            if let exhibitor = catalog.exhibitor(id: id) {
                exhibitors.append(ExhibitorEntry(exhibitor: exhibitor, hall: exhibitor.stand.flatMap { catalog.hall(id: $0.hall) }, mark: mark))
            } else {
                missing.append(MissingEntry(item: .exhibitor(id), mark: mark))
            }
        }
        var hallOrder: [String: Int] = [:]
        for (position, hall) in catalog.halls.enumerated() where hallOrder[hall.id] == nil { hallOrder[hall.id] = position }
        exhibitors.sort { a, b in
            let hallA = a.hall.flatMap { hallOrder[$0.id] } ?? Int.max
            let hallB = b.hall.flatMap { hallOrder[$0.id] } ?? Int.max
            if hallA != hallB { return hallA < hallB }
            let codeA = a.hall == nil ? nil : a.exhibitor.stand?.code
            let codeB = b.hall == nil ? nil : b.exhibitor.stand?.code
            if codeA != codeB {
                guard let codeA else { return false }
                guard let codeB else { return true }
                return Self.naturalOrder(codeA, codeB)
            }
            if a.exhibitor.name != b.exhibitor.name {
                return TextFolding.areInIncreasingOrder(a.exhibitor.name, b.exhibitor.name)
            }
            return a.exhibitor.id < b.exhibitor.id
        }
        missing.sort { a, b in
            a.item.kind != b.item.kind ? a.item.kind == .programmeItem : a.item.id < b.item.id
        }
    }

    /// Stand codes in the order people expect: runs of digits compared as numbers ("A2" < "A10").
    static func naturalOrder(_ a: String, _ b: String) -> Bool {
        let runsA = runs(a)
        let runsB = runs(b)
        for (x, y) in zip(runsA, runsB) where x != y {
            if let numberX = Int(x), let numberY = Int(y), numberX != numberY { return numberX < numberY }
            return x < y
        }
        return runsA.count != runsB.count ? runsA.count < runsB.count : a < b
    }

    private static func runs(_ text: String) -> [String] {
        var runs: [String] = []
        var current = ""
        var currentIsDigits = false
        for character in text {
            let isDigit = character.isASCII && character.isNumber
            if !current.isEmpty && isDigit != currentIsDigits {
                runs.append(current)
                current = ""
            }
            current.append(character)
            currentIsDigits = isDigit
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    /// "Stand A1, Hall A", "Outdoor yard, stand not published", "stand not published".
    static func standText(_ entry: ExhibitorEntry) -> String {
        guard let hall = entry.hall else { return "stand not published" }
        let hallName = ExportText.clean(hall.name, multiline: false)
        guard let code = entry.exhibitor.stand?.code else { return "\(hallName), stand not published" }
        return "stand \(ExportText.clean(code, multiline: false)), \(hallName)"
    }

    /// The place of a programme item with the venue, unless the place already names it:
    /// "Hall A entrance, Example Exhibition Centre"; "Baku Expo Center (within ADEX)".
    static func location(of item: ProgrammeItem, venue: String) -> String {
        let venue = ExportText.clean(venue, multiline: false)
        guard let place = item.place.map({ ExportText.clean($0, multiline: false) }), !place.isEmpty else { return venue }
        if venue.isEmpty || TextFolding.fold(place).contains(TextFolding.fold(venue)) { return place }
        return place + ", " + venue
    }
}
