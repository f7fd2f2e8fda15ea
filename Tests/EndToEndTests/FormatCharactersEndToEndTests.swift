import Foundation
import GuideModel
import GuideTestSupport
import TerminalCanvas
import Testing

/// Names and descriptions full of joiners, emoji sequences, invisible format characters and
/// code points glibc gives no width, in the real binary in tmux: after every step of scrolling
/// (ncurses draws only what changed) and after full repaints, the pane shows exactly what the
/// pure renderer produced. A single scalar drawn at another width than layout counted shifts the
/// rest of its row, and the next partial update then lands in the wrong columns.
@Suite(.timeLimit(.minutes(10)))
struct FormatCharactersEndToEndTests {
    /// Text that reached the terminal unchanged before it was sanitised for cells: ZWJ outside
    /// and inside emoji, presentation selectors, skin tones, bidi and other format characters,
    /// unassigned and noncharacter code points, combining marks, Hangul jamo.
    static let names = [
        "Z\u{200D}W Zinc", "P\u{200D}Products shown", "Ac\u{200D}me Optics", "👨\u{200D}👩\u{200D}👧 Family Firm",
        "Re\u{200D}🔥 Fire", "Sec\u{200C}urex", "Soft\u{AD}Hyphen", "Hidden\u{200B}Space", "Bidi\u{202E}Rev",
        "Heart ❤\u{FE0F} Co", "Thumbs 👍🏽 Ltd", "Flag 🇦🇿 AZ", "Ko\u{1100}\u{1161}rea", "Tag\u{E0041}\u{E0042} end",
        "Indic क्\u{200D}ष", "New \u{1FAE9} emoji", "Gap\u{378}\u{FFFF}", "Cafe\u{301} \u{2060}Joiner",
        "❤\u{FE0F}\u{200D}🔥 Burn", "Trail\u{200D}",
    ]

    /// The fictional show with 60 more exhibitors named and described with `names`.
    static func hostileShow(in directory: URL) throws -> String {
        let data = try Data(contentsOf: URL(fileURLWithPath: Fixtures.fixture("fictional-expo.json")))
        var show = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var exhibitors = try #require(show["exhibitors"] as? [[String: Any]])
        let template = try #require(exhibitors.first)
        for index in 0..<60 {
            var exhibitor = template
            exhibitor["id"] = "format-\(index)"
            exhibitor["name"] = names[index % names.count] + " \(index)"
            exhibitor["altNames"] = [names[(index + 7) % names.count]]
            exhibitor["description"] = "Joined\u{200D}here, " + names[(index + 3) % names.count] + "\nand " + names[(index + 11) % names.count]
            exhibitor["stand"] = nil
            exhibitors.append(exhibitor)
        }
        show["exhibitors"] = exhibitors
        let path = directory.appendingPathComponent("format-characters.json").path
        try JSONSerialization.data(withJSONObject: show, options: [.sortedKeys]).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Screen rows as tmux shows them and as the buffer holds them: trailing blanks and blank
    /// rows at the bottom removed.
    static func rows(_ text: String) -> [String] {
        var rows = text.split(separator: "\n", omittingEmptySubsequences: false).map { row in
            var row = String(row)
            while row.last == " " { row.removeLast() }
            return row
        }
        while rows.last == "" { rows.removeLast() }
        return rows
    }

    /// Waits until the pane shows exactly what the pure renderer draws for `driver`'s state.
    static func waitForRendering(of driver: GuideDriver, in session: TmuxSession, after step: String) throws {
        let expected = rows(driver.screen)
        try session.waitFor("the screen the renderer draws after \(step):\n\(expected.joined(separator: "\n"))") { screen in
            rows(screen) == expected
        }
    }

    @Test func incrementalUpdatesAndFullRepaintsShowWhatTheRendererDrew() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let show = try Self.hostileShow(in: directory)
        let moment = "2030-06-03T11:40"
        let catalog = try CatalogLoader.load(contentsOf: show, displayName: "format-characters.json")
        var driver = GuideDriver(catalog: catalog, now: GuideDriver.moment(moment))
        let session = try TmuxSession(command: [EndToEndTests.binary, "--data", show, "--at", moment],
                                      environment: ["XDG_STATE_HOME": directory.appendingPathComponent("state").path])
        try Self.waitForRendering(of: driver, in: session, after: "starting")

        // The exhibitor list, scrolled a few rows at a time past every hostile name, then an
        // exhibitor's page (its description), back, and the list from the end upwards.
        driver.press(.character("2"))
        try session.send(keys: "2")
        try Self.waitForRendering(of: driver, in: session, after: "2")
        for step in 1...12 {
            for _ in 0..<5 { driver.press(.down) }
            try session.send(keys: "Down", "Down", "Down", "Down", "Down")
            try Self.waitForRendering(of: driver, in: session, after: "\(step * 5) rows down")
        }
        driver.press(.enter)
        try session.send(keys: "Enter")
        try Self.waitForRendering(of: driver, in: session, after: "opening an exhibitor")
        driver.press(.escape)
        driver.press(.end)
        try session.send(keys: "Escape", "End")
        try Self.waitForRendering(of: driver, in: session, after: "Escape, End")
        for step in 1...6 {
            for _ in 0..<3 { driver.press(.up) }
            try session.send(keys: "Up", "Up", "Up")
            try Self.waitForRendering(of: driver, in: session, after: "\(step * 3) rows up from the end")
        }
        driver.press(.enter)
        try session.send(keys: "Enter")
        try Self.waitForRendering(of: driver, in: session, after: "opening another exhibitor")

        // Full repaints: a resize draws every cell again, at another width and back.
        driver.resize(81, 24)
        try session.resize(columns: 81, lines: 24)
        try Self.waitForRendering(of: driver, in: session, after: "resizing to 81x24")
        driver.resize(80, 24)
        try session.resize(columns: 80, lines: 24)
        try Self.waitForRendering(of: driver, in: session, after: "resizing back to 80x24")

        try session.send(keys: "Q")
        #expect(try session.waitForExit() == 0)
        #expect(try EndToEndTests.restored(session))
    }
}
