import ArgumentParser
import GuideModel
import GuideUI

/// `adex-guide now`: what is on now and next, or plainly that the event has not started or is over.
struct NowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "now",
        abstract: "What is on now and next (or how long until the event starts, or when it ended)."
    )

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let catalog = try options.loadCatalog()
        let moment = try options.moment(for: catalog)
        let local = moment.local
        let phase = catalog.phase(at: local)
        let onNow = catalog.programmeOnNow(at: local)
        let next = catalog.programmeUpNext(after: local, limit: 5)
        let today = catalog.programme(on: local.date).filter { $0.start == nil }
        var console = Console.standard()
        if options.json {
            let json = JSONReports(catalog: catalog)
            console.printJSON(.dict([
                ("moment", json.moment(local)),
                ("phase", json.phase(phase)),
                ("onNow", .array(onNow.map(json.programmeItem))),
                ("next", .array(next.map(json.programmeItem))),
                ("todayTimeNotPublished", .array(today.map(json.programmeItem))),
            ]))
            console.flush()
            return
        }
        let describe = Describe(catalog: catalog)
        console.print("\(local.date.longTextWithWeekday), \(local.time) (\(catalog.clock.label(on: local.date)))")
        console.print(describe.phaseSentence(phase) + ".")
        switch phase {
        case .before, .after:
            console.print("Run 'adex-guide schedule' for the programme, or use --at to see the guide as at a moment of the event (e.g. --at \(catalog.firstDay)T11:00).")
        case .during:
            console.print()
            console.print("On now:")
            if onNow.isEmpty {
                console.print("  nothing with a published time")
            } else {
                for item in onNow { console.print("  ▶ \(describe.itemTime(item))  " + Text.line(item.title)) }
            }
            console.print("Next:")
            if next.isEmpty {
                console.print("  nothing else with a published time")
            } else {
                for item in next { console.print("  \(describe.itemDay(item)) \(describe.itemTime(item))  " + Text.line(item.title)) }
            }
            if !today.isEmpty {
                console.print("Today, time not published:")
                for item in today { console.print("  • " + Text.line(item.title)) }
            }
        }
        console.flush()
    }
}
