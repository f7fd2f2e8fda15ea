import GuideModel
import GuideTestSupport
import Testing

/// The `edition` facet: present only when a catalog was compared with other editions, with
/// "also at ..." per edition and "new" for the rest.
struct EditionFacetTests {
    @Test func theEditionFacetAppearsOnlyWithEditions() throws {
        let catalog = try Fixtures.loadFictional()
        #expect(!catalog.facets.contains(.edition))
        #expect(catalog.exhibitorCount(.edition, .none) == 0, "no index is built without editions")

        let earlier = Edition(id: "expo-2028", name: "Expo 2028", year: 2028, exhibitorCount: 3, sources: ["f1"])
        let compared = catalog.comparing(with: [earlier], attendance: [
            "oztek": [EditionAttendance(edition: "expo-2028", nameThere: "OZTEK SYSTEMS", match: .legalFormIgnored)],
            "azersky-drones": [EditionAttendance(edition: "expo-2028", nameThere: "Azersky Drones", match: .exact)],
        ])
        #expect(compared.facets.last == .edition)
        #expect(compared.exhibitorCount(.edition, .id("expo-2028")) == 2)
        #expect(compared.exhibitorCount(.edition, .none) == catalog.exhibitors.count - 2)
        #expect(compared.name(of: .id("expo-2028"), in: .edition) == "also at Expo 2028")
        #expect(compared.name(of: .none, in: .edition) == "new (not at Expo 2028)")
        #expect(compared.exhibitor(id: "oztek")?.editions.first?.nameThere == "OZTEK SYSTEMS")
        let newcomers = compared.exhibitors(matching: ExhibitorFilter([.edition: [.none]]), sortedBy: .name)
        #expect(newcomers.count == catalog.exhibitors.count - 2)
        #expect(!newcomers.contains { $0.id == "oztek" })
        #expect(compared.exhibitors.map(\.id) == catalog.exhibitors.map(\.id), "the order is unchanged")
    }
}
