import ArgumentParser
import GuideModel
import GuideUI

/// `adex-guide schedule`: the programme by day, items without a published time in their own group.
struct ScheduleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: "The programme by day; items whose time (or day) is not published are listed as such."
    )

    @OptionGroup var options: GlobalOptions

    @Option(name: .long, help: ArgumentHelp("Only this day: 2024-09-25, 25 (day of month), 2 (show day), wed, today, tomorrow.", valueName: "day"))
    var day: String?

    func run() throws {
        let catalog = try options.loadCatalog()
        let moment = try options.moment(for: catalog)
        // Every day of the event, or for a very long one the days that have something (see
        // `Catalog.scheduleDays`).
        let days = try day.map { [try Resolver(catalog: catalog).day($0, today: moment.local.date)] } ?? Array(catalog.scheduleDays)
        let includeUndated = day == nil
        var console = Console.standard()
        if options.json {
            let json = JSONReports(catalog: catalog)
            var members: [(String, JSONValue)] = [
                ("timeZone", .string(catalog.event.timeZoneID)),
                ("days", .array(days.map { date in
                    let items = catalog.programme(on: date)
                    return .dict([
                        ("day", .string(date.description)),
                        ("showDay", .int(catalog.days.position(of: date).map { $0 + 1 })),
                        ("timed", .array(items.filter { $0.start != nil }.map(json.programmeItem))),
                        ("timeNotPublished", .array(items.filter { $0.start == nil }.map(json.programmeItem))),
                    ])
                })),
            ]
            if includeUndated {
                members.append(("dayNotPublished", .array(catalog.programmeWithoutDay.map(json.programmeItem))))
            }
            console.printJSON(.dict(members))
            console.flush()
            return
        }
        // Several fair files span years of days, none with a programme: one line says so.
        if let history = catalog.history, catalog.programme.isEmpty {
            let fairs = history.series.reduce(0) { $0 + $1.editions.count }
            console.print("No programme in the data: the \(fairs) fairs are exhibitor lists only ('adex-guide editions' shows their history).")
            console.flush()
            return
        }
        let describe = Describe(catalog: catalog)
        let clock = catalog.clock
        console.print("Times are \(clock.label(on: catalog.firstDay)).")
        for date in days {
            let items = catalog.programme(on: date)
            let number = (catalog.days.position(of: date) ?? 0) + 1
            console.print()
            console.print("\(date.longTextWithWeekday) — show day \(number) of \(catalog.days.count)")
            if items.isEmpty {
                console.print("  No programme items in the data for this day.")
                continue
            }
            let timed = items.filter { $0.start != nil }
            if !timed.isEmpty {
                var table = Table([.init(title: "TIME"), .init(title: "KIND"), .init(title: "TITLE", flexible: true, minimumWidth: 20),
                                   .init(title: "PLACE", minimumWidth: 8)])
                for item in timed {
                    let marker = item.isOn(at: moment.local) ? "▶ " : ""
                    table.add([marker + describe.itemTime(item), item.kind, item.title, item.place ?? "not stated"])
                }
                console.print(lines: table.render(width: console.width, indent: 2, header: false))
            }
            let untimed = items.filter { $0.start == nil }
            if !untimed.isEmpty {
                console.print("  Time not published:")
                printUntimed(untimed, describe: describe, console: &console)
            }
        }
        if includeUndated && !catalog.programmeWithoutDay.isEmpty {
            console.print()
            console.print("Day not published")
            printUntimed(catalog.programmeWithoutDay, describe: describe, console: &console)
        }
        console.flush()
    }

    private func printUntimed(_ items: [ProgrammeItem], describe: Describe, console: inout Console) {
        var table = Table([.init(title: "KIND", minimumWidth: 8), .init(title: "TITLE", flexible: true, minimumWidth: 20),
                           .init(title: "PLACE", minimumWidth: 10)])
        for item in items {
            var title = item.title
            if let last = item.lastDay, let first = item.day, last > first { title += " (\(describe.itemDay(item)))" }
            table.add([item.kind, title, item.place ?? "not stated"])
        }
        console.print(lines: table.render(width: console.width, indent: 4, header: false))
    }
}
