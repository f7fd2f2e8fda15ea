import Foundation
import GuideModel
import GuidePlan
import GuideTestSupport
import Testing

/// Every format of two plans, compared with the files under `Golden/`: one of the bundled
/// ADEX-2024 data (days but no times: all-day events; no stands) and one of the fictional show
/// with times, stands and a note full of characters that need escaping.
@Suite struct PlanExportGoldenTests {
    @Test(arguments: PlanExportFormat.allCases)
    func adexPlan(_ format: PlanExportFormat) {
        let result = PlanExport.export(ExportFixtures.adexPlan, catalog: ExportFixtures.bundled, format: format,
                                       now: ExportFixtures.adexNow, options: PlanExportOptions(includeVisits: true))
        Golden.assert(result.text, named: "adex-2024." + format.fileExtension)
    }

    @Test(arguments: PlanExportFormat.allCases)
    func fictionalPlan(_ format: PlanExportFormat) {
        let result = PlanExport.export(ExportFixtures.fictionalPlan, catalog: ExportFixtures.synthetic, format: format,
                                       now: ExportFixtures.fictionalNow, options: PlanExportOptions(includeVisits: true))
        Golden.assert(result.text, named: "fictional." + format.fileExtension)
    }

    @Test func theCalendarWithoutVisitsHasNoToDos() {
        let result = ICalendarExport.export(ExportFixtures.fictionalPlan, catalog: ExportFixtures.synthetic, now: ExportFixtures.fictionalNow)
        #expect(!result.text.contains("BEGIN:VTODO"))
        #expect(result.text.components(separatedBy: "BEGIN:VEVENT").count - 1 == 7)
        // Without visits, exhibitors that are gone are not "left out of the calendar".
        #expect(result.skipped.map(\.item) == [.programmeItem("signing"), .programmeItem("cancelled-talk")])
        #expect(result.notInData == [.programmeItem("cancelled-talk"), .exhibitor("vanished-gmbh")])
    }
}
