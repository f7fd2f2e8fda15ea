import Foundation
import GuideModel
import GuidePlan
import GuideTestSupport
import Testing

@Suite struct ICalendarExportTests {
    static func export(_ plan: Plan = ExportFixtures.fictionalPlan, visits: Bool = true) -> PlanExportResult {
        ICalendarExport.export(plan, catalog: ExportFixtures.synthetic, now: ExportFixtures.fictionalNow,
                               options: PlanExportOptions(includeVisits: visits))
    }

    /// The content lines of one component (unfolded), found by its UID.
    static func component(_ text: String, uid: String) -> [String] {
        let lines = ICalendarText.unfold(text).components(separatedBy: "\r\n")
        guard let uidLine = lines.firstIndex(of: "UID:" + uid),
              let begin = lines[..<uidLine].lastIndex(where: { $0.hasPrefix("BEGIN:") }),
              let end = lines[uidLine...].firstIndex(where: { $0.hasPrefix("END:") }) else { return [] }
        return Array(lines[begin...end])
    }

    @Test func everyLineEndsInCRLFAndFitsIn75Octets() {
        for text in [Self.export().text, ICalendarExport.export(ExportFixtures.adexPlan, catalog: ExportFixtures.bundled,
                                                                now: ExportFixtures.adexNow, options: PlanExportOptions(includeVisits: true)).text] {
            let bytes = Array(text.utf8)
            #expect(bytes.suffix(2) == [13, 10])
            for (index, byte) in bytes.enumerated() where byte == 10 { #expect(index > 0 && bytes[index - 1] == 13) }
            let lines = text.utf8.split(separator: 13).map { Array($0.drop { $0 == 10 }) }
            #expect(lines.allSatisfy { $0.count <= 75 })
            #expect(text.contains("\r\n "), "something was folded")
        }
    }

    @Test func timedEventsUseTheEventsZone() {
        let text = Self.export().text
        let opening = Self.component(text, uid: "opening@fictional-expo-2030.adex-guide")
        #expect(opening.contains("DTSTART;TZID=Europe/Berlin:20300603T100000"))
        #expect(opening.contains("DTEND;TZID=Europe/Berlin:20300603T104500"))
        #expect(opening.contains("DTSTAMP:20300603T071500Z"))
        #expect(opening.contains("CATEGORIES:must"))
        #expect(opening.contains("STATUS:CONFIRMED"))
        #expect(opening.contains("LOCATION:Hall A entrance\\, Example Exhibition Centre"))
        #expect(opening.contains { $0.hasPrefix("DESCRIPTION:Priority: must\\nNote: Meet Олег at 10:00\\, then\\; lunch 🍽️") })

        // Berlin keeps summer time in 2030: CET and CEST observances with the right offsets.
        let zone = ICalendarText.unfold(text).components(separatedBy: "\r\n")
        let begin = zone.firstIndex(of: "BEGIN:VTIMEZONE")!
        let end = zone.firstIndex(of: "END:VTIMEZONE")!
        let vtimezone = Array(zone[begin...end])
        #expect(vtimezone == [
            "BEGIN:VTIMEZONE", "TZID:Europe/Berlin",
            "BEGIN:STANDARD", "DTSTART:20291028T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:+01", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:20300331T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:+02", "END:DAYLIGHT",
            "BEGIN:STANDARD", "DTSTART:20301027T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:+01", "END:STANDARD",
            "END:VTIMEZONE",
        ])
    }

    @Test func bakuHasOneStandardObservanceAtUTCPlus4() {
        let text = ICalendarExport.export(ExportFixtures.adexPlan, catalog: ExportFixtures.bundled, now: ExportFixtures.adexNow).text
        let lines = ICalendarText.unfold(text).components(separatedBy: "\r\n")
        let begin = lines.firstIndex(of: "BEGIN:VTIMEZONE")!
        let end = lines.firstIndex(of: "END:VTIMEZONE")!
        #expect(Array(lines[begin...end]) == [
            "BEGIN:VTIMEZONE", "TZID:Asia/Baku",
            "BEGIN:STANDARD", "DTSTART:20240101T000000", "TZOFFSETFROM:+0400", "TZOFFSETTO:+0400", "TZNAME:+04", "END:STANDARD",
            "END:VTIMEZONE",
        ])
        #expect(lines.contains("X-WR-CALNAME:ADEX-2024 and Securex Caspian 2024"))
        #expect(lines.contains("PRODID:-//AdexGuide//Plan//EN"))
    }

    @Test func aDayWithoutATimeIsAnAllDayEvent() {
        let text = ICalendarExport.export(ExportFixtures.adexPlan, catalog: ExportFixtures.bundled, now: ExportFixtures.adexNow).text
        let opening = Self.component(text, uid: "opening-ceremony@adex-2024.adex-guide")
        #expect(opening.contains("DTSTART;VALUE=DATE:20240924"))
        #expect(opening.contains("DTEND;VALUE=DATE:20240925"))
        #expect(opening.contains("TRANSP:TRANSPARENT"))
        #expect(opening.contains { $0.hasPrefix("DESCRIPTION:") && $0.contains("time not published") })
        let threeDays = Self.component(text, uid: "mdi-meetings-and-signings@adex-2024.adex-guide")
        #expect(threeDays.contains("DTSTART;VALUE=DATE:20240924"))
        #expect(threeDays.contains("DTEND;VALUE=DATE:20240927"), "the day after the last day")
    }

    @Test func startsWithoutEndsAndSeveralDays() {
        let text = Self.export().text
        let closing = Self.component(text, uid: "closing@fictional-expo-2030.adex-guide")
        #expect(closing.contains("DTSTART;TZID=Europe/Berlin:20300605T153000"))
        #expect(!closing.contains { $0.hasPrefix("DTEND") || $0.hasPrefix("DURATION") }, "ends when it starts (RFC 5545 3.6.1)")
        #expect(closing.contains { $0.hasPrefix("DESCRIPTION:") && $0.contains("End time not published.") })
        let briefing = Self.component(text, uid: "morning-briefing@fictional-expo-2030.adex-guide")
        #expect(briefing.contains("RRULE:FREQ=DAILY;COUNT=2"))
        #expect(briefing.contains("DTEND;TZID=Europe/Berlin:20300603T090000"))
    }

    @Test func visitsAreToDos() {
        let text = Self.export().text
        let drones = Self.component(text, uid: "azersky-drones@fictional-expo-2030.adex-guide-visit")
        #expect(drones.first == "BEGIN:VTODO")
        #expect(drones.contains("SUMMARY:Visit Azərsky Drones (fictional) (stand A1\\, Hall A)"))
        #expect(drones.contains("PRIORITY:1"))
        #expect(drones.contains("STATUS:NEEDS-ACTION"))
        let optics = Self.component(text, uid: "bosphorus-optics@fictional-expo-2030.adex-guide-visit")
        #expect(optics.contains("STATUS:COMPLETED"))
        #expect(optics.contains("PRIORITY:5"))
        #expect(optics.contains("DESCRIPTION:-10% show discount\\, ask for \"Mehmet\""))
        let yard = Self.component(text, uid: "yard-vehicles@fictional-expo-2030.adex-guide-visit")
        #expect(yard.contains("SUMMARY:Visit Yard Vehicles (fictional) (Outdoor yard\\, stand not published)"))
        let daily = Self.component(text, uid: "expo-daily@fictional-expo-2030.adex-guide-visit")
        #expect(daily.contains("SUMMARY:Visit Expo Daily (fictional) (stand not published)"))
    }

    @Test func leftOutItemsAreReported() {
        let result = Self.export()
        #expect(result.skipped == [
            PlanExportSkip(item: .programmeItem("signing"), title: "Contract signing", reason: .noPublishedDay),
            PlanExportSkip(item: .programmeItem("cancelled-talk"), title: nil, reason: .notInData),
            PlanExportSkip(item: .exhibitor("vanished-gmbh"), title: nil, reason: .notInData),
        ])
        #expect(result.messages == [
            "1 programme item has no published day and is not in the calendar: Contract signing",
            "2 favourites are no longer in the data and are not in the calendar: programme item cancelled-talk, exhibitor vanished-gmbh",
        ])
        #expect(!result.text.contains("cancelled-talk") && !result.text.contains("vanished-gmbh") && !result.text.contains("signing@"))
    }

    @Test func uidsAreStableAndSequencesFollowChanges() {
        var plan = ExportFixtures.fictionalPlan
        let before = Self.component(Self.export(plan).text, uid: "opening@fictional-expo-2030.adex-guide")
        plan.setNote("changed", of: .programmeItem("opening"), at: ExportFixtures.fictionalNow + 3_600_000)
        let after = Self.component(Self.export(plan).text, uid: "opening@fictional-expo-2030.adex-guide")
        func sequence(_ lines: [String]) -> Int? { lines.first { $0.hasPrefix("SEQUENCE:") }.flatMap { Int($0.dropFirst(9)) } }
        #expect(!before.isEmpty && !after.isEmpty, "the same UID after a change")
        #expect(sequence(after)! > sequence(before)!)
        #expect(sequence(after)! < Int(Int32.max))
    }

    @Test func uidPartsKeepOnlySafeCharacters() {
        #expect(ICalendarText.uidPart("opening-ceremony_2.0") == "opening-ceremony_2.0")
        #expect(ICalendarText.uidPart("a b/é@x%") == "a%20b%2F%C3%A9%40x%25")
        #expect(ICalendarText.uidPart("a b") != ICalendarText.uidPart("a_b"), "different ids, different UIDs")
    }
}
