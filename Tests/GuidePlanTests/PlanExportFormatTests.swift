import GuidePlan
import Testing

@Suite struct PlanExportFormatTests {
    @Test func namesAndExtensions() {
        #expect(PlanExportFormat.allCases.map(\.fileExtension) == ["ics", "md", "csv", "json"])
        #expect(PlanExportFormat(name: "ICS") == .ics)
        #expect(PlanExportFormat(name: "icalendar") == .ics)
        #expect(PlanExportFormat(name: "Markdown") == .md)
        #expect(PlanExportFormat(name: "xlsx") == nil)
        #expect(PlanExportFormat.ics.mediaType == "text/calendar")
        #expect(PlanExport.fileName(eventID: "adex-2024", format: .ics) == "adex-2024-plan.ics")
        #expect(PlanExport.fileName(eventID: "../etc/x y", format: .csv) == "_.._etc_x_y-plan.csv")
    }

    @Test func theSameInputsGiveTheSameBytes() {
        for format in PlanExportFormat.allCases {
            let a = PlanExport.export(ExportFixtures.fictionalPlan, catalog: ExportFixtures.synthetic, format: format, now: ExportFixtures.fictionalNow)
            let b = PlanExport.export(ExportFixtures.fictionalPlan, catalog: ExportFixtures.synthetic, format: format, now: ExportFixtures.fictionalNow)
            #expect(Array(a.text.utf8) == Array(b.text.utf8))
        }
    }

    @Test func messagesForFormatsThatListWhatIsGone() {
        let result = PlanExport.export(ExportFixtures.adexPlan, catalog: ExportFixtures.bundled, format: .md, now: ExportFixtures.adexNow)
        #expect(result.messages == [
            "2 favourites are no longer in the data; listed as such in the export with their priority and note: "
                + "programme item night-parade-2023, exhibitor gone-defence-co",
        ])
    }
}
