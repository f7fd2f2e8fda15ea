import GuideModel
import GuideNavigation
import GuideTestSupport
import GuideUI
import TerminalCanvas
import Testing

/// Every screen and overlay as text, at the design size 80x24 and a wide 120x40, reached through
/// key presses as a user would. `RECORD_SNAPSHOTS=1` rewrites them (and fails the run).
struct ScreenSnapshotTests {
    struct Scenario: CustomTestStringConvertible, Sendable {
        var name: String
        var fictional = false
        var moment = "2024-09-25T11:00"
        var keys: [Key] = []
        var text = ""
        var testDescription: String { name }
    }

    static let scenarios: [Scenario] = [
        Scenario(name: "home-during-show"),
        Scenario(name: "home-after-show", moment: "2026-11-23T09:00"),
        Scenario(name: "exhibitors", keys: [.character("2"), .down, .down]),
        // Countries by name (^S), the third one toggled with Enter (Space types in the panel).
        Scenario(name: "exhibitors-filtered", keys: [.character("2"), .character("F"), .right, .right, .right, .control("s"), .home, .down, .down,
                                                     .enter, .escape]),
        // The edition facet (last, so one step left of the first): new in 2024.
        Scenario(name: "exhibitors-new-in-2024", keys: [.character("2"), .character("F"), .left, .down, .enter, .escape]),
        // ADEX 2022 against ADEX-2024: the chart, then who did not come back.
        Scenario(name: "editions-bundled", keys: [.character("H")]),
        Scenario(name: "edition-not-returning", keys: [.character("H"), .end, .enter, .character("]"), .character("]")]),
        Scenario(name: "exhibitor-detail", keys: [.character("2"), .character("/")], text: "pakistan aeronautical"),
        Scenario(name: "categories", keys: [.character("3"), .down]),
        Scenario(name: "category-exhibitors", keys: [.character("3"), .enter, .character("f")]),
        Scenario(name: "halls", keys: [.character("4")]),
        Scenario(name: "hall-not-published", keys: [.character("4"), .enter]),
        Scenario(name: "hall-map", fictional: true, moment: "2030-06-03T11:40", keys: [.character("4"), .enter, .right, .down]),
        Scenario(name: "schedule", keys: [.character("5")]),
        Scenario(name: "schedule-timed", fictional: true, moment: "2030-06-03T11:40", keys: [.character("5"), .down]),
        Scenario(name: "programme-item", keys: [.character("5"), .enter]),
        Scenario(name: "plan-empty", keys: [.character("6")]),
        Scenario(name: "plan", keys: [.character("2"), .character("f"), .down, .character("f"), .character("5"), .character("f"), .character("6")]),
        Scenario(name: "search", keys: [.character("/")], text: "baku"),
        Scenario(name: "search-empty", keys: [.character("/")], text: "zzqx"),
        Scenario(name: "help", keys: [.character("?")]),
        Scenario(name: "unicode-names", fictional: true, moment: "2030-06-03T11:40", keys: [.character("2"), .end]),
    ]

    @Test(arguments: scenarios, [(80, 24), (120, 40)])
    func screen(_ scenario: Scenario, _ size: (Int, Int)) throws {
        let catalog = scenario.fictional ? try Fixtures.loadFictional() : try Fixtures.loadBundled()
        var driver = GuideDriver(catalog: catalog, columns: size.0, lines: size.1, now: GuideDriver.moment(scenario.moment))
        for key in scenario.keys { driver.press(key) }
        driver.type(scenario.text)
        if scenario.name == "exhibitor-detail" { driver.press(.enter) }
        Snapshot.assert(Snapshot.text(of: driver.render()), named: "\(scenario.name)-\(size.0)x\(size.1)")
    }

    /// Names carrying escape sequences, bells and bidi overrides are drawn harmlessly.
    @Test(arguments: [(80, 24), (120, 40)])
    func hostileNames(_ size: (Int, Int)) throws {
        let document = try Fixtures.fictionalDocument()
            .setting([.key("exhibitors"), .index(0), .key("name")], to: .string("Evil\u{1B}[2J\u{1B}]0;pwned\u{07}Corp\u{202E}reversed\nnext line"))
            .setting([.key("exhibitors"), .index(1), .key("altNames")], to: .array([.string("\u{9B}31mred")]))
            .setting([.key("programme"), .index(0), .key("title")], to: .string("Opening\u{0}\u{7F} ceremony\t(tab)"))
        let catalog = try CatalogLoader.build(from: document, fileName: "hostile.json")
        var driver = GuideDriver(catalog: catalog, columns: size.0, lines: size.1, now: GuideDriver.moment("2030-06-03T11:40"))
        driver.press(.character("2"))
        let list = driver.render()
        Snapshot.assert(Snapshot.text(of: list), named: "hostile-list-\(size.0)x\(size.1)")
        driver.press(.end, .enter)
        let detail = driver.render()
        Snapshot.assert(Snapshot.text(of: detail), named: "hostile-detail-\(size.0)x\(size.1)")
        for frame in [list, detail] {
            for cell in frame.cells {
                #expect(!cell.text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value) })
            }
        }
    }

    @Test func tinyTerminalSaysSo() throws {
        var driver = GuideDriver(catalog: try Fixtures.loadBundled(), columns: 50, lines: 12, now: GuideDriver.moment("2024-09-25T11:00"))
        Snapshot.assert(Snapshot.text(of: driver.render()), named: "too-small-50x12")
        driver.resize(80, 24)
        #expect(driver.render().line(1).contains("1 Home"))
    }
}
