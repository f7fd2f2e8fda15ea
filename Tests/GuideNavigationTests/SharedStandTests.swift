import Foundation
import GuideModel
import GuideNavigation
import GuideTestSupport
import Testing

/// A stand two exhibitors share (the fictional show with Bosphorus Optics moved onto Azersky's
/// A1): Enter on the map opens one, then the other; f acts on the one named; m from either
/// exhibitor selects the stand for that exhibitor.
struct SharedStandTests {
    func driver() throws -> GuideDriver {
        let text = try String(contentsOfFile: Fixtures.fixture("fictional-expo.json"), encoding: .utf8)
        let shared = text.replacingOccurrences(of: "\"hall\": \"hall-a\",\n        \"code\": \"A2\"", with: "\"hall\": \"hall-a\",\n        \"code\": \"A1\"")
        #expect(shared != text, "the fixture's stand A2 is written as expected")
        let catalog = try CatalogLoader.load(bytes: Array(shared.utf8), fileName: "shared.json")
        return GuideDriver(catalog: catalog, columns: 100, lines: 30, now: GuideDriver.moment("2030-06-03T11:40"))
    }

    func members(_ driver: GuideDriver) -> [String] {
        Rows.hallExhibitors("hall-a", in: driver.catalog).filter { $0.stand?.code == "A1" }.map(\.id)
    }

    @Test func enterOpensEachInTurn() throws {
        var driver = try driver()
        let sharing = members(driver)
        #expect(sharing.count == 2)
        driver.press(.character("4"), .enter)
        guard case .hall(let hall) = driver.state.route, hall.selectedStand == "A1" else { Issue.record("not on stand A1 of hall A"); return }
        #expect(driver.screen.contains("(1 of 2)"))
        driver.press(.enter)
        #expect(driver.state.route == .exhibitor(id: sharing[0], scroll: 0))
        #expect(driver.state.message?.text.contains("1 of 2") == true)
        driver.press(.escape)
        #expect(driver.screen.contains("(2 of 2)"), "the map names the one Enter opens next")
        driver.press(.enter)
        #expect(driver.state.route == .exhibitor(id: sharing[1], scroll: 0))
        driver.press(.escape, .enter)
        #expect(driver.state.route == .exhibitor(id: sharing[0], scroll: 0), "and round again")
        // f on the map adds the one named.
        driver.press(.escape, .character("f"))
        #expect(driver.state.plan.contains(exhibitor: sharing[1]))
        #expect(!driver.state.plan.contains(exhibitor: sharing[0]))
        // Another stand and back: the first again.
        driver.press(.right, .left)
        #expect(driver.screen.contains("(1 of 2)"))
    }

    @Test func mFromAnExhibitorSelectsTheStandForIt() throws {
        var driver = try driver()
        let sharing = members(driver)
        driver.press(.character("2"))
        let rows = Rows.exhibitors(ExhibitorListRoute(), in: driver.catalog).map { driver.catalog.exhibitors[$0].id }
        let position = try #require(rows.firstIndex(of: sharing[1]))
        for _ in 0..<position { driver.press(.down) }
        driver.press(.character("m"))
        guard case .hall(let hall) = driver.state.route else { Issue.record("m did not open the hall"); return }
        #expect(hall.selectedStand == "A1")
        #expect(hall.standMember == 1)
        driver.press(.enter)
        #expect(driver.state.route == .exhibitor(id: sharing[1], scroll: 0))
    }
}
