import Foundation
import GuideModel
import GuidePlan
import GuideTestSupport
import Testing

/// The iCalendar exports checked by a real parser: `scripts/validate-ics.py` with Python's
/// `icalendar` package (installed by scripts/test).
@Suite struct ICalendarValidationTests {
    static func validate(_ files: [String]) throws -> (status: Int32, output: String) {
        try PythonScript.run("scripts/validate-ics.py", files)
    }

    @Test func exportsPassTheParser() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var files: [String] = []
        let exports = [
            ("adex-2024.ics", ICalendarExport.export(ExportFixtures.adexPlan, catalog: ExportFixtures.bundled, now: ExportFixtures.adexNow,
                                                     options: PlanExportOptions(includeVisits: true))),
            ("fictional.ics", ICalendarExport.export(ExportFixtures.fictionalPlan, catalog: ExportFixtures.synthetic, now: ExportFixtures.fictionalNow,
                                                     options: PlanExportOptions(includeVisits: true))),
            ("empty.ics", ICalendarExport.export(Plan(eventID: "adex-2024"), catalog: ExportFixtures.bundled, now: ExportFixtures.adexNow)),
        ]
        for (name, result) in exports {
            let url = directory.appendingPathComponent(name)
            try Data(result.text.utf8).write(to: url)
            files.append(url.path)
        }
        let result = try Self.validate(files)
        #expect(result.status != 2, "python3 or its icalendar package is missing; scripts/test installs it: \(result.output)")
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func theValidatorRejectsBrokenCalendars() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let broken = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//Broken//EN",
            "BEGIN:VEVENT", "UID:a@test", "DTSTART;VALUE=DATE:20240924", "DTEND:20240925T100000", "SUMMARY:No stamp", "END:VEVENT",
            "BEGIN:VEVENT", "UID:b@test", "DTSTAMP:20240924T063000Z", "DTSTART;TZID=Asia/Baku:20240924T100000", "SUMMARY:No zone", "END:VEVENT",
            "BEGIN:VTIMEZONE", "TZID:Europe/Berlin", "BEGIN:STANDARD", "DTSTART:20300101T000000", "TZOFFSETFROM:+0300",
            "TZOFFSETTO:+0300", "END:STANDARD", "END:VTIMEZONE",
            "BEGIN:VEVENT", "UID:c@test", "DTSTAMP:20240924T063000Z", "DTSTART;TZID=Europe/Berlin:20300603T100000", "SUMMARY:Wrong zone",
            "END:VEVENT",
            "END:VCALENDAR",
        ].joined(separator: "\r\n") + "\r\n"
        let url = directory.appendingPathComponent("broken.ics")
        try Data(broken.utf8).write(to: url)
        let result = try Self.validate([url.path])
        #expect(result.status == 1, "\(result.output)")
        #expect(result.output.contains("VEVENT a@test: no DTSTAMP"))
        #expect(result.output.contains("DTEND of an all-day event is not a VALUE=DATE date"))
        #expect(result.output.contains("TZID Asia/Baku has no VTIMEZONE"))
        #expect(result.output.contains("VEVENT c@test: VTIMEZONE Europe/Berlin gives UTC offset 3:00:00 at 2030-06-03T10:00:00, the tz database 2:00:00"))
    }
}
