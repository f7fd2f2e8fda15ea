import ArgumentParser
import Foundation
import GuideModel
import GuidePlan
import GuideUI

/// `adex-guide plan show`: the plan with what it means for the visit: the must-see counts,
/// programme favourites by day with their clashes, the free time of each day, and the favourite
/// exhibitors in walking order hall by hall.
struct PlanShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show your plan: programme by day with clashes, free time per day, exhibitors in walking order per hall.",
        discussion: """
        Free time is listed for each day with programme favourites (gaps of 15 min or more), bounded \
        by the published opening hours, or, when they are not published, by your first and last \
        item that day. The walking route visits each hall's unvisited favourites from its entrance \
        (nearest stand next, then shortened), with distances along the aisles in floor-plan grid \
        units; halls without a published floor plan are grouped by hall only. "Still ahead" counts \
        from now, or from --at.
        """
    )
    @OptionGroup var options: GlobalOptions

    @Option(name: .long, help: ArgumentHelp("Free time for this day only: 2024-09-25 (also 25, a show day number, a weekday, today); the rest of the plan is shown in full.", valueName: "date"))
    var day: String?

    func run() throws {
        let session = try PlanSession(options: options)
        let moment = try options.moment(for: session.catalog)
        let freeTimeDays = try day.map { [try Resolver(catalog: session.catalog).day($0, today: moment.local.date)] }
        let report = PlanReport(plan: session.plan, catalog: session.catalog, now: moment.local, freeTimeDays: freeTimeDays)
        var console = Console.standard()
        if options.json {
            console.printJSON(report.json(file: session.store.path))
        } else {
            report.printText(to: &console, file: session.store.path)
        }
        console.flush()
    }
}

/// Everything `plan show` says about a plan, worked out once for the text and the JSON.
struct PlanReport {
    let plan: Plan
    let catalog: Catalog
    let summary: PlanSummary
    let conflicts: PlanConflicts
    let freeTime: [FreeTime]
    let route: WalkingRoute
    /// Programme favourites in the data, in the programme's order.
    let items: [ProgrammeItem]

    /// `freeTimeDays` nil: every day with a programme favourite.
    init(plan: Plan, catalog: Catalog, now: LocalDateTime?, freeTimeDays: [LocalDate]?) {
        self.plan = plan
        self.catalog = catalog
        summary = PlanSummary(plan: plan, catalog: catalog, now: now)
        conflicts = PlanConflicts(plan: plan, catalog: catalog)
        route = WalkingRoute(plan: plan, catalog: catalog)
        items = plan.programme.compactMap { catalog.programmeItem(id: $0) }.sorted(by: Catalog.programmeOrder)
        let days = freeTimeDays ?? Set(items.flatMap(\.days)).sorted()
        freeTime = days.map { FreeTime(day: $0, plan: plan, catalog: catalog) }
    }

    func mark(_ item: PlanItem) -> PlanMark { plan.mark(item) ?? PlanMark() }

    func title(_ id: String) -> String { catalog.programmeItem(id: id)?.title ?? id }

    func exhibitorName(_ id: String) -> String { catalog.exhibitor(id: id)?.name ?? id }

    func hallName(_ id: String) -> String { catalog.hall(id: id)?.name ?? id }

    /// Favourites no longer in the data, programme items first.
    var gone: [PlanItem] {
        summary.missingProgrammeIDs.map(PlanItem.programmeItem) + summary.missingExhibitorIDs.map(PlanItem.exhibitor)
    }

    /// Programme favourites whose time is not published (with a day or without).
    var untimedIDs: Set<String> { Set(conflicts.untimed.flatMap(\.itemIDs) + conflicts.withoutDay) }
}

// MARK: - Text

extension PlanReport {
    func printText(to console: inout Console, file: String) {
        console.print("My plan for \(catalog.event.name): \(Self.count(summary.programmeCount, "programme item")), "
                      + "\(Self.count(summary.exhibitorCount, "exhibitor"))"
                      + (summary.visitedCount > 0 ? " (\(summary.visitedCount) visited)" : ""))
        if !plan.isEmpty {
            console.print("Must see: \(Self.count(summary.mustSeeExhibitorsLeft, "exhibitor")) not yet visited, "
                          + "\(Self.count(summary.mustSeeProgrammeAhead, "programme item")) still ahead")
        }
        console.print("Saved in \(file)")
        if plan.isEmpty {
            console.print()
            console.print("Nothing yet: add with 'adex-guide plan add NAME', or press f in the guide.")
        }
        printProgramme(to: &console)
        printFreeTime(to: &console)
        printExhibitors(to: &console)
        if !gone.isEmpty {
            console.print()
            console.print("No longer in the data (kept in your plan)")
            for item in gone { console.print("  \(item.kind.noun) \(item.id)") }
        }
    }

    func flags(_ item: PlanItem) -> String { mark(item).priority.value == .must ? "[must]" : "[maybe]" }

    func printNote(of item: PlanItem, indent: Int, to console: inout Console) {
        let pad = String(repeating: " ", count: indent)
        for line in mark(item).note.value.split(separator: "\n", omittingEmptySubsequences: false) where !line.isEmpty {
            console.print(pad + "note: " + line)
        }
    }

    func printProgramme(to console: inout Console) {
        guard !items.isEmpty else { return }
        let describe = Describe(catalog: catalog)
        console.print()
        console.print("Programme")
        if conflicts.pairCount > 0 {
            console.print("  ⚠ \(Self.count(conflicts.pairCount, "clash")) between your items (marked below)")
        }
        let untimed = untimedIDs.count
        if untimed == items.count {
            console.print("  Times are not published for \(untimed == 1 ? "this item" : "any of these items"), so clashes cannot be checked")
        } else if untimed > 0 {
            console.print("  \(Self.count(untimed, "item")) without a published time: clashes with \(untimed == 1 ? "it" : "them") cannot be checked")
        }
        var lastDay: String?
        for item in items {
            let day = describe.itemDay(item)
            if day != lastDay {
                console.print("  " + day)
                lastDay = day
            }
            var line = "    \(describe.itemTime(item))  \(item.title)  \(flags(.programmeItem(item.id)))"
            let clashes = conflicts.clashes(of: item.id)
            if !clashes.isEmpty {
                let others = clashes.map { clash in
                    title(clash.itemID) + (item.days.count > 1 ? " (" + clash.days.map(\.shortText).joined(separator: ", ") + ")" : "")
                }
                line += "  ⚠ clash with " + others.joined(separator: "; ")
            }
            console.print(line)
            printNote(of: .programmeItem(item.id), indent: 6, to: &console)
        }
    }

    func printFreeTime(to console: inout Console) {
        guard !freeTime.isEmpty else { return }
        console.print()
        console.print("Free time (\(Self.duration(FreeTime.defaultMinimumMinutes)) or more)")
        let labelWidth = freeTime.map { Text.width($0.day.shortText) }.max() ?? 0
        for day in freeTime {
            console.print("  " + Text.padRight(day.day.shortText, labelWidth) + "  " + Self.freeTimeLine(day))
            let pad = String(repeating: " ", count: 4 + labelWidth)
            if !day.showsWithoutHours.isEmpty {
                let names = day.showsWithoutHours.map { catalog.show(id: $0)?.name ?? $0 }
                console.print(pad + "opening hours not published for \(names.joined(separator: ", ")); the gaps follow the published hours")
            }
            if !day.untimedItemIDs.isEmpty && day.basis != .unknown {
                console.print(pad + "not counted, time not published: " + day.untimedItemIDs.map(title).joined(separator: "; "))
            }
        }
    }

    /// "09:00–10:00 (1 h), 12:15–18:00 (5 h 45 min); within opening hours 09:00–18:00".
    static func freeTimeLine(_ day: FreeTime) -> String {
        let gaps = day.gaps.map { gap in
            "\(gap.start)–\(gap.end) (" + (gap.followsItemWithoutEnd ? "at most \(duration(gap.minutes)): the item before has no published end" : duration(gap.minutes)) + ")"
        }
        let gapText = gaps.isEmpty ? "no free time of \(duration(day.minimumMinutes)) or more" : gaps.joined(separator: ", ")
        switch day.basis {
        case .openingHours:
            return gapText + "; within opening hours " + day.openingHours.map { "\($0.start)–\($0.end)" }.joined(separator: ", ")
        case .timedFavourites:
            return gapText + "; opening hours not published: between your first and last item"
        case .unknown:
            return "unknown: neither opening hours nor the times of your items are published"
        }
    }

    func printExhibitors(to console: inout Console) {
        guard !plan.exhibitors.isEmpty, plan.exhibitors.count > summary.missingExhibitorIDs.count else { return }
        console.print()
        let walking = route.halls.contains { !$0.stops.isEmpty }
        console.print(walking ? "Exhibitors, in walking order per hall (distances along the aisles, in floor-plan grid units)" : "Exhibitors")
        for hall in route.halls {
            printHall(hall, to: &console)
        }
        // Favourites in no hall of the data, grouped by why; visited ones ticked after the rest.
        var groups: [(title: String, ids: [String])] = []
        func add(_ id: String, to title: String) {
            if let index = groups.firstIndex(where: { $0.title == title }) {
                groups[index].ids.append(id)
            } else {
                groups.append((title, [id]))
            }
        }
        let inHalls = Set(route.halls.flatMap(\.visitedIDs))
        for unplaced in route.unplaced {
            switch unplaced.reason {
            case .standNotPublished: add(unplaced.exhibitorID, to: "Stand not published: no walking route")
            case .hallNotInData(let hall): add(unplaced.exhibitorID, to: "\(hall): hall not in the data, no walking route")
            default: continue
            }
        }
        for id in route.visitedIDs where !inHalls.contains(id) {
            guard let exhibitor = catalog.exhibitor(id: id) else { continue }
            if let stand = exhibitor.stand {
                add(id, to: "\(stand.hall): hall not in the data, no walking route")
            } else {
                add(id, to: "Stand not published: no walking route")
            }
        }
        for group in groups {
            console.print("  " + group.title)
            for id in group.ids where !isVisited(id) { printExhibitor(id, symbol: "·", to: &console) }
            for id in group.ids where isVisited(id) { printExhibitor(id, symbol: "✓", to: &console) }
        }
    }

    func isVisited(_ id: String) -> Bool { mark(.exhibitor(id)).visited.value }

    func printHall(_ hall: WalkingRoute.HallRoute, to console: inout Console) {
        let name = hallName(hall.hallID)
        if !hall.layoutPublished {
            console.print("  \(name): floor plan not published: grouped by hall only")
        } else if !hall.stops.isEmpty {
            var line = "  \(name): \(Self.count(hall.stops.count, "stop"))"
            switch hall.start {
            case .entrance(let entrance)?: line += " from " + (entrance ?? "the entrance")
            case .standNearestTopLeft?: line += ", starting at stand \(hall.stops[0].standCode) (the floor plan shows no entrance)"
            case nil: break
            }
            if hall.distance > 0 { line += ", about \(Self.distance(hall.distance)) grid units" }
            console.print(line)
        } else if hall.unplaced.isEmpty {
            console.print("  \(name): all visited")
        } else {
            console.print("  \(name)")
        }
        for (number, stop) in hall.stops.enumerated() {
            let label = "\(number + 1). stand \(stop.standCode)"
            let prefix = "    \(label)  "
            // The sanitiser trims the spaces around a line, so measure the label alone.
            let hang = 4 + Text.width(Text.line(label)) + 2
            for (index, id) in stop.exhibitorIDs.enumerated() {
                let lead = index == 0 ? prefix : String(repeating: " ", count: hang)
                console.print(lead + "\(exhibitorName(id))  \(flags(.exhibitor(id)))")
                printNote(of: .exhibitor(id), indent: hang, to: &console)
            }
        }
        for unplaced in hall.unplaced {
            let why: String
            switch unplaced.reason {
            case .standCodeNotPublished: why = "  (stand not published: not on the route)"
            case .standNotInLayout(let code): why = "  (stand \(code) is not on the floor plan: not on the route)"
            default: why = ""
            }
            printExhibitor(unplaced.exhibitorID, symbol: "·", suffix: why, to: &console)
        }
        for id in hall.visitedIDs { printExhibitor(id, symbol: "✓", to: &console) }
    }

    func printExhibitor(_ id: String, symbol: String, suffix: String = "", to console: inout Console) {
        let stand = catalog.exhibitor(id: id)?.stand?.code.map { "stand \($0)  " } ?? ""
        console.print("    \(symbol) \(stand)\(exhibitorName(id))  \(flags(.exhibitor(id)))\(suffix)")
        printNote(of: .exhibitor(id), indent: 6, to: &console)
    }

    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : noun.hasSuffix("sh") ? "es" : "s")"
    }

    /// "45 min", "1 h", "1 h 30 min".
    static func duration(_ minutes: Int) -> String {
        let hours = minutes / 60
        let rest = minutes % 60
        if hours == 0 { return "\(rest) min" }
        return rest == 0 ? "\(hours) h" : "\(hours) h \(rest) min"
    }

    /// "37" or "37.5".
    static func distance(_ value: Double) -> String {
        value.rounded() == value ? String(Int(value)) : String(format: "%.1f", value)
    }
}

// MARK: - JSON

extension PlanReport {
    /// The keys `plan show --json` always had (`event`, `file`, `programme`, `exhibitors`), each
    /// programme entry now with its `clashes`, then `summary`, `conflicts`, `freeTime` and `route`.
    func json(file: String) -> JSONValue {
        func entry(_ item: PlanItem, _ name: String?, _ extra: [JSONMember], after: [JSONMember] = []) -> JSONValue {
            let mark = mark(item)
            return .object([JSONMember(key: "id", value: .string(item.id)),
                            JSONMember(key: "name", value: name.map(JSONValue.string) ?? .null)] + extra + [
                JSONMember(key: "priority", value: .string(mark.priority.value.rawValue)),
                JSONMember(key: "note", value: .string(mark.note.value)),
                JSONMember(key: "inData", value: .bool(name != nil)),
            ] + after)
        }
        func ref(_ id: String, _ name: String) -> JSONValue { .dict([("id", .string(id)), ("name", .string(name))]) }
        return .object([
            JSONMember(key: "event", value: .string(plan.eventID)),
            JSONMember(key: "file", value: .string(file)),
            JSONMember(key: "programme", value: .array(plan.programme.map { id in
                let item = catalog.programmeItem(id: id)
                return entry(.programmeItem(id), item?.title, [
                    JSONMember(key: "day", value: item?.day.map { .string($0.description) } ?? .null),
                    JSONMember(key: "start", value: item?.start.map { .string($0.description) } ?? .null),
                    JSONMember(key: "end", value: item?.end.map { .string($0.description) } ?? .null),
                ], after: [
                    JSONMember(key: "clashes", value: .array(conflicts.clashes(of: id).map { clash in
                        .dict([("id", .string(clash.itemID)), ("name", .string(title(clash.itemID))),
                               ("days", .strings(clash.days.map(\.description)))])
                    })),
                ])
            })),
            JSONMember(key: "exhibitors", value: .array(plan.exhibitors.map { id in
                let exhibitor = catalog.exhibitor(id: id)
                return entry(.exhibitor(id), exhibitor?.name, [
                    JSONMember(key: "hall", value: exhibitor?.stand.map { .string($0.hall) } ?? .null),
                    JSONMember(key: "stand", value: exhibitor?.stand?.code.map(JSONValue.string) ?? .null),
                    JSONMember(key: "visited", value: .bool(mark(.exhibitor(id)).visited.value)),
                ])
            })),
            JSONMember(key: "summary", value: .dict([
                ("programmeItems", .int(summary.programmeCount)),
                ("exhibitors", .int(summary.exhibitorCount)),
                ("visited", .int(summary.visitedCount)),
                ("mustSeeExhibitorsLeft", .int(summary.mustSeeExhibitorsLeft)),
                ("mustSeeProgrammeAhead", .int(summary.mustSeeProgrammeAhead)),
                ("notInData", .array(gone.map { .dict([("kind", .string($0.kind == .exhibitor ? "exhibitor" : "programme")), ("id", .string($0.id))]) })),
            ])),
            JSONMember(key: "conflicts", value: .dict([
                ("pairs", .int(conflicts.pairCount)),
                ("timeNotPublished", .array(conflicts.untimed.map { day in
                    .dict([("day", .string(day.day.description)), ("items", .strings(day.itemIDs))])
                })),
                ("dayNotPublished", .strings(conflicts.withoutDay)),
            ])),
            JSONMember(key: "freeTime", value: .array(freeTime.map { day in
                .dict([
                    ("day", .string(day.day.description)),
                    ("basis", .string(Self.basisName(day.basis))),
                    ("openingHours", .array(day.openingHours.map { .dict([("start", .string($0.start.description)), ("end", .string($0.end.description))]) })),
                    ("showsWithoutHours", .strings(day.showsWithoutHours)),
                    ("gaps", .array(day.gaps.map { gap in
                        .dict([("start", .string(gap.start.description)), ("end", .string(gap.end.description)),
                               ("minutes", .int(gap.minutes)), ("followsItemWithoutEnd", .bool(gap.followsItemWithoutEnd))])
                    })),
                    ("timeNotPublished", .strings(day.untimedItemIDs)),
                ])
            })),
            JSONMember(key: "route", value: .dict([
                ("halls", .array(route.halls.map { hall in
                    .dict([
                        ("hall", ref(hall.hallID, hallName(hall.hallID))),
                        ("layoutPublished", .bool(hall.layoutPublished)),
                        ("start", Self.startJSON(hall.start)),
                        ("distance", .number(hall.distance)),
                        ("stops", .array(hall.stops.enumerated().map { number, stop in
                            .dict([("order", .int(number + 1)), ("stand", .string(stop.standCode)), ("exhibitors", .strings(stop.exhibitorIDs))])
                        })),
                        ("unplaced", .array(hall.unplaced.map(Self.unplacedJSON))),
                        ("visited", .strings(hall.visitedIDs)),
                    ])
                })),
                ("unplaced", .array(route.unplaced.map(Self.unplacedJSON))),
                ("visited", .strings(route.visitedIDs)),
            ])),
        ])
    }

    static func basisName(_ basis: FreeTime.Basis) -> String {
        switch basis {
        case .openingHours: "openingHours"
        case .timedFavourites: "timedFavourites"
        case .unknown: "unknown"
        }
    }

    static func startJSON(_ start: WalkingRoute.Start?) -> JSONValue {
        switch start {
        case .entrance(let name)?: .dict([("kind", .string("entrance")), ("name", .string(name))])
        case .standNearestTopLeft?: .dict([("kind", .string("standNearestTopLeft")), ("name", .null)])
        case nil: .null
        }
    }

    static func unplacedJSON(_ unplaced: WalkingRoute.Unplaced) -> JSONValue {
        let reason: String
        var detail: JSONValue = .null
        switch unplaced.reason {
        case .standNotPublished: reason = "standNotPublished"
        case .hallNotInData(let hall):
            reason = "hallNotInData"
            detail = .string(hall)
        case .standCodeNotPublished: reason = "standCodeNotPublished"
        case .standNotInLayout(let code):
            reason = "standNotInLayout"
            detail = .string(code)
        case .hallLayoutNotPublished: reason = "hallLayoutNotPublished"
        case .notInData: reason = "notInData"
        }
        return .dict([("id", .string(unplaced.exhibitorID)), ("reason", .string(reason)), ("detail", detail)])
    }
}
