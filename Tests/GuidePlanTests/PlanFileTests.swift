import GuidePlan
import Testing

@Suite struct PlanFileTests {
    @Test func aPlanSurvivesWritingAndReadingExactly() throws {
        var plan = Plan(eventID: "adex-2024")
        plan.add(.exhibitor("aselsan"), at: 1_727_150_400_123)
        plan.setPriority(.must, of: .exhibitor("aselsan"), at: 1_727_150_401_000)
        plan.setNote("radar \"demo\"\nsecond line, ümit", of: .exhibitor("aselsan"), at: 1_727_150_402_000)
        plan.setVisited(true, of: .exhibitor("aselsan"), at: 1_727_150_403_000)
        plan.add(.programmeItem("opening-ceremony"), at: 1_727_150_404_000)
        plan.add(.exhibitor("gone"), at: 1_727_150_405_000)
        plan.remove(.exhibitor("gone"), at: 1_727_150_406_000)
        let text = PlanFile.encode(plan, savedAt: 1_727_150_500_000)
        let read = try PlanFile.decode(Array(text.utf8), file: "plan.json")
        #expect(read == plan)
        #expect(PlanFile.encode(read, savedAt: 1_727_150_500_000) == text, "the same plan is the same bytes")
        #expect(text.contains(#""saved": "2024-09-24T04:01:40.000Z""#))
    }

    @Test(arguments: [
        ("{", "plan.json:line 1, column 2"),
        (#"[]"#, "plan.json:$: expected an object, found an array"),
        (#"{"event": "e", "items": []}"#, "plan.json:$.format: is missing"),
        (#"{"format": "adex-guide-plan/9", "event": "e", "items": []}"#,
         #"plan.json:$.format: "adex-guide-plan/9" is not a plan format this version reads (adex-guide-plan/1)"#),
        (#"{"format": "adex-guide-plan/1", "event": "e", "items": [{"kind": "stand", "id": "x"}]}"#,
         #"plan.json:$.items[0].kind: "stand" is not exhibitor or programme"#),
        (#"{"format": "adex-guide-plan/1", "event": "e", "items": [{"kind": "exhibitor", "id": "x", "priority": "high"}]}"#,
         #"plan.json:$.items[0].priority: "high" is not must or maybe"#),
        (#"{"format": "adex-guide-plan/1", "event": "e", "items": [{"kind": "exhibitor", "id": "x", "changed": {"note": "yesterday"}}]}"#,
         #"plan.json:$.items[0].changed.note: "yesterday" is not a UTC time like 2024-09-24T06:30:00.000Z"#),
        (#"{"format": "adex-guide-plan/1", "event": "e", "items": [{"kind": "exhibitor", "id": "x", "visited": "yes"}]}"#,
         "plan.json:$.items[0].visited: expected true or false, found a string"),
    ])
    func badFilesAreNamedWithWhereAndWhat(_ text: String, _ expected: String) {
        #expect(throws: PlanFileError.self) { try PlanFile.decode(Array(text.utf8), file: "plan.json") }
        do {
            _ = try PlanFile.decode(Array(text.utf8), file: "plan.json")
        } catch {
            #expect(error.description.hasPrefix(expected), "\(error.description)")
        }
    }

    @Test(arguments: [Int64(0), 1_727_150_400_123, 951_782_400_000, 4_102_444_799_999, 1_709_164_800_000])
    func timestampsRoundTrip(_ milliseconds: Int64) {
        let text = PlanTimestamp.text(milliseconds)
        #expect(PlanTimestamp.milliseconds(text) == milliseconds, "\(text)")
    }

    @Test func timestampsAreReadStrictly() {
        #expect(PlanTimestamp.milliseconds("2024-09-24T06:30:00Z") == 1_727_159_400_000)
        #expect(PlanTimestamp.text(1_727_159_400_000) == "2024-09-24T06:30:00.000Z")
        for bad in ["2024-02-30T00:00:00Z", "2024-09-24 06:30:00Z", "2024-09-24T24:00:00Z", "2024-09-24T06:30:00+04:00", ""] {
            #expect(PlanTimestamp.milliseconds(bad) == nil, "\(bad)")
        }
    }
}
