import Foundation
import GuideModel
import GuidePlan
import GuideTestSupport
import Testing

/// Plans and catalogs the export tests share, and golden files to compare exports with.
enum ExportFixtures {
    /// 2024-09-24T06:30:00Z, during the first day of ADEX-2024.
    static let adexNow: Int64 = 1_727_159_400_000
    /// 2030-06-03T07:15:00Z, during the first day of the fictional show.
    static let fictionalNow: Int64 = 1_906_701_300_000

    static let bundled: Catalog = try! Fixtures.loadBundled()

    /// A plan of the bundled data: all-day events (ADEX-2024 publishes days, no times), one
    /// event on three days, one with no published day, and ids the data does not have.
    static var adexPlan: Plan {
        var plan = Plan(eventID: "adex-2024")
        var time: Int64 = 1_727_150_400_000  // 2024-09-24T04:00:00Z
        func next() -> Int64 {
            time += 60_000
            return time
        }
        plan.add(.programmeItem("opening-ceremony"), at: next())
        plan.setPriority(.must, of: .programmeItem("opening-ceremony"), at: next())
        plan.setNote("Arrive early: security queue; bring passport, printed badge", of: .programmeItem("opening-ceremony"), at: next())
        plan.add(.programmeItem("mdi-meetings-and-signings"), at: next())
        plan.add(.programmeItem("jf-17c-presentation"), at: next())
        plan.add(.programmeItem("hasanov-meets-strategic-plans-division"), at: next())
        plan.add(.programmeItem("night-parade-2023"), at: next())
        plan.setNote("from last year's data", of: .programmeItem("night-parade-2023"), at: next())
        plan.add(.exhibitor("aselsan"), at: next())
        plan.setPriority(.must, of: .exhibitor("aselsan"), at: next())
        plan.setNote("Radar demo — ask for the KORKUT brochure\nContact: Ayşe", of: .exhibitor("aselsan"), at: next())
        plan.add(.exhibitor("azersilah"), at: next())
        plan.setVisited(true, of: .exhibitor("azersilah"), at: next())
        plan.add(.exhibitor("adsi"), at: next())
        plan.add(.exhibitor("gone-defence-co"), at: next())
        plan.setPriority(.must, of: .exhibitor("gone-defence-co"), at: next())
        plan.add(.exhibitor("roketsan"), at: next())
        plan.remove(.exhibitor("roketsan"), at: next())  // removed favourites are not exported
        return plan
    }

    /// The fictional show (Europe/Berlin, real times, stands in halls) with a few additions:
    /// a long title full of Markdown and iCalendar syntax, an evening item, a timed item on two
    /// days, and an exhibitor at stand B10 (sorted after B3).
    static let synthetic: Catalog = {
        var document = try! Fixtures.fictionalDocument()
        func programmeCount() -> Int {
            guard case .object(let members) = document, case .array(let items)? = members.first(where: { $0.key == "programme" })?.value else { return 0 }
            return items.count
        }
        let longTitle = "Panel: *unmanned* systems, counter-UAS; _electronic_ warfare & [sensor] fusion <live> | "
            + "with a very long title that certainly needs folding at seventy-five octets — Панель «Беспилотники»"
        let additions: [JSONValue] = [
            .dict([("id", .string("long-panel")), ("title", .string(longTitle)), ("kind", .string("talk")),
                   ("shows", .strings(["main"])), ("day", .string("2030-06-04")), ("start", .string("16:00")),
                   ("end", .string("17:30")), ("place", .string("Talks stage; seats: 120, first come")),
                   ("description", .string("Moderated by A. Example.\nQ&A after; no recording, sorry.")),
                   ("sources", .strings(["f1", "f2"])), ("confidence", .string("reported"))]),
            .dict([("id", .string("night-watch")), ("title", .string("Night watch demo")), ("kind", .string("demonstration")),
                   ("shows", .strings(["safety"])), ("day", .string("2030-06-04")), ("start", .string("20:30")),
                   ("end", .string("21:15")), ("place", .string("Outdoor yard")),
                   ("sources", .strings(["f1"])), ("confidence", .string("confirmed"))]),
            .dict([("id", .string("morning-briefing")), ("title", .string("Morning press briefing")), ("kind", .string("meeting")),
                   ("shows", .strings(["main"])), ("day", .string("2030-06-03")), ("lastDay", .string("2030-06-04")),
                   ("start", .string("08:30")), ("end", .string("09:00")), ("place", .string("Press room")),
                   ("sources", .strings(["f1"])), ("confidence", .string("confirmed"))]),
        ]
        var index = programmeCount()
        for item in additions {
            document = document.setting([.key("programme"), .index(index)], to: item)
            index += 1
        }
        guard case .object(let members) = document, case .array(let exhibitors)? = members.first(where: { $0.key == "exhibitors" })?.value else {
            fatalError("fictional-expo.json has no exhibitors")
        }
        document = document.setting([.key("exhibitors"), .index(exhibitors.count)], to: .dict([
            ("id", .string("star-tech")), ("name", .string("Star*Tech_Labs [beta] <fictional>")), ("country", .string("DE")),
            ("shows", .strings(["main"])), ("listed", .bool(true)), ("kind", .string("company")), ("categories", .strings(["optics"])),
            ("stand", .dict([("hall", .string("hall-b")), ("code", .string("B10"))])),
            ("sources", .strings(["f1"])), ("confidence", .string("confirmed")),
        ]))
        // Stand B10 on hall B's floor plan, in the free strip between B1-B2 and B3.
        document = document.setting([.key("halls"), .index(1), .key("stands"), .index(3)], to: .dict([
            ("code", .string("B10")), ("x", .int(0)), ("y", .int(4)), ("width", .int(6)), ("height", .int(2)),
        ]))
        do {
            return try CatalogLoader.build(from: document, fileName: "fictional-expo+exports.json")
        } catch {
            fatalError("the synthetic catalog does not load: \(error)")
        }
    }()

    /// The note that exercises every escaping rule: commas, semicolons, backslash, quotes,
    /// newlines, emoji, Cyrillic and Azerbaijani letters, Markdown syntax and a formula.
    static let trickyNote = "Meet Олег at 10:00, then; lunch 🍽️ with the Aliyev team\\ops.\n"
        + "\"Bring\" *2* cards, [not] <3>\n\n=cmd|' /C calc'!A0\n# not a heading; ə ğ ş"

    static var fictionalPlan: Plan {
        var plan = Plan(eventID: "fictional-expo-2030")
        var time: Int64 = 1_906_690_000_000
        func next() -> Int64 {
            time += 60_000
            return time
        }
        for id in ["closing", "opening", "long-panel", "night-watch", "morning-briefing", "minister-visit", "b2b-meetings", "signing"] {
            plan.add(.programmeItem(id), at: next())
        }
        plan.setPriority(.must, of: .programmeItem("opening"), at: next())
        plan.setNote(trickyNote, of: .programmeItem("opening"), at: next())
        plan.setPriority(.must, of: .programmeItem("long-panel"), at: next())
        plan.setNote("+49 30 1234 (organiser's desk)", of: .programmeItem("long-panel"), at: next())
        plan.add(.programmeItem("cancelled-talk"), at: next())
        for id in ["star-tech", "kiev-rescue", "state-procurement", "azersky-drones", "expo-daily", "yard-vehicles", "bosphorus-optics"] {
            plan.add(.exhibitor(id), at: next())
        }
        plan.setPriority(.must, of: .exhibitor("azersky-drones"), at: next())
        plan.setNote(trickyNote, of: .exhibitor("azersky-drones"), at: next())
        plan.setVisited(true, of: .exhibitor("bosphorus-optics"), at: next())
        plan.setNote("-10% show discount, ask for \"Mehmet\"", of: .exhibitor("bosphorus-optics"), at: next())
        plan.setNote("@press desk", of: .exhibitor("expo-daily"), at: next())
        plan.add(.exhibitor("vanished-gmbh"), at: next())
        plan.setNote("was at stand A9", of: .exhibitor("vanished-gmbh"), at: next())
        return plan
    }
}

/// Expected exports, kept as files under `Golden/` beside this file and compared byte for byte.
/// A missing file, or any run with `RECORD_SNAPSHOTS=1`, writes the file and records a failure,
/// so recording is always deliberate.
enum Golden {
    static func assert(_ actual: String, named name: String, filePath: String = #filePath,
                       sourceLocation: SourceLocation = #_sourceLocation) {
        let url = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Golden").appendingPathComponent(name)
        let recording = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
        guard !recording, let data = try? Data(contentsOf: url) else {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? Data(actual.utf8).write(to: url)
            Issue.record("Recorded golden file \(name); check it and run again without RECORD_SNAPSHOTS.", sourceLocation: sourceLocation)
            return
        }
        if Array(data) != Array(actual.utf8) {
            let expected = String(decoding: data, as: UTF8.self)
            Issue.record("Golden file \(name) differs (- expected, + actual):\n\(Snapshot.diff(expected, actual))", sourceLocation: sourceLocation)
        }
    }
}
