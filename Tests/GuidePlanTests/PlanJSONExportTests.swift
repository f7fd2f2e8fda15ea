import GuideModel
import GuidePlan
import Testing

@Suite struct PlanJSONExportTests {
    static func member(_ value: JSONValue, _ key: String) -> JSONValue? {
        guard case .object(let members) = value else { return nil }
        return members.first { $0.key == key }?.value
    }

    @Test func theExportParsesAndSaysWhatIsNotPublished() throws {
        let result = PlanJSONExport.export(ExportFixtures.fictionalPlan, catalog: ExportFixtures.synthetic, now: ExportFixtures.fictionalNow)
        let root = try JSONParser.parse(Array(result.text.utf8))
        #expect(Self.member(root, "format") == .string("adex-guide-plan-export/1"))
        #expect(Self.member(root, "exported") == .string("2030-06-03T07:15:00.000Z"))
        #expect(Self.member(try #require(Self.member(root, "event")), "timeZone") == .string("Europe/Berlin"))
        guard case .array(let programme)? = Self.member(root, "programme"), case .array(let exhibitors)? = Self.member(root, "exhibitors"),
              case .array(let missing)? = Self.member(root, "notInData") else {
            Issue.record("programme, exhibitors or notInData missing")
            return
        }
        #expect(programme.count == 8 && exhibitors.count == 7 && missing.count == 2)
        let closing = try #require(programme.first { Self.member($0, "id") == .string("closing") })
        #expect(Self.member(closing, "start") == .string("15:30"))
        #expect(Self.member(closing, "end") == .null, "not published is null, not missing")
        let opening = try #require(programme.first { Self.member($0, "id") == .string("opening") })
        #expect(Self.member(opening, "note") == .string(ExportFixtures.trickyNote))
        let drones = try #require(exhibitors.first { Self.member($0, "id") == .string("azersky-drones") })
        #expect(Self.member(drones, "hallName") == .string("Hall A"))
        #expect(Self.member(drones, "stand") == .string("A1"))
        #expect(Self.member(drones, "countryName") == .string("Azerbaijan"))
        #expect(Self.member(drones, "visited") == .bool(false))
    }
}
