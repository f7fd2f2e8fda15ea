import Foundation
import GuideModel
import GuideNavigation
import GuideSearch
import GuideTestSupport
import GuideUI
import TerminalCanvas
import Testing

/// The real run loop, driven by a scripted fake terminal.
struct RunLoopTests {
    static func loop(_ catalog: Catalog, at moment: String = "2024-09-25T11:00") -> GuideRunLoop<FakeTerminal> {
        let now = GuideDriver.moment(moment)
        return GuideRunLoop(catalog: catalog, search: SearchIndexBuilder(ready: SearchIndex(catalog: catalog)), now: { now }, clockRuns: false, colors: false)
    }

    @Test func aSessionBrowsesSearchesAndQuits() throws {
        let catalog = try Fixtures.loadBundled()
        let terminal = FakeTerminal(events: [.key(.character("3")), .key(.enter)] + [.key(.enter)] +
                                    [.key(.character("/"))] + FakeTerminal.typing("kalashnikov") + [.key(.enter), .key(.character("Q"))])
        let outcome = Self.loop(catalog).run(on: terminal)
        #expect(outcome == .quit)
        #expect(terminal.screen.contains("JSC \"CONCERN \" KALASHNIKOV"))
        #expect(terminal.frames.count == 17)
    }

    @Test func searchWaitsForALateIndexThenShowsResults() throws {
        let catalog = try Fixtures.loadBundled()
        let builder = SearchIndexBuilder()
        let terminal = FakeTerminal(events: [.key(.character("/"))] + FakeTerminal.typing("kalash") + [.tick, .tick])
        terminal.beforeEvent = { number in
            if number == 7 { builder.deliver(SearchIndex(catalog: catalog)) }
        }
        let now = GuideDriver.moment("2024-09-25T11:00")
        _ = GuideRunLoop(catalog: catalog, search: builder, now: { now }, clockRuns: false, colors: false).run(on: terminal)
        #expect(terminal.frames[6].text.contains("Preparing the search index for 207 exhibitors"))
        #expect(terminal.screen.contains("JSC \"CONCERN \" KALASHNIKOV"))
    }

    @Test func resizeRedrawsAtTheNewSizeAndKeepsTheSelection() throws {
        let catalog = try Fixtures.loadBundled()
        let terminal = FakeTerminal(events: [.key(.character("2")), .key(.end), .resize(columns: 120, lines: 40),
                                             .resize(columns: 50, lines: 10), .resize(columns: 80, lines: 24)])
        let outcome = Self.loop(catalog).run(on: terminal)
        #expect(outcome == .endOfInput)
        let sizes = terminal.frames.map { "\($0.width)x\($0.height)" }
        #expect(sizes == ["80x24", "80x24", "80x24", "120x40", "50x10", "80x24"])
        #expect(terminal.frames[4].text.contains("Terminal too small"))
        #expect(terminal.screen.contains("207/207"))
    }

    @Test func exportFromMyPlanWritesTheFileAndSaysWhere() throws {
        let catalog = try Fixtures.loadBundled()
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let now = GuideDriver.moment("2024-09-25T11:00")
        let loop = GuideRunLoop<FakeTerminal>(catalog: catalog, search: SearchIndexBuilder(ready: SearchIndex(catalog: catalog)), now: { now },
                                              clockRuns: false, colors: false, wallClock: { 1_727_258_400_000 },
                                              exportDirectory: directory.path)
        // A programme favourite, then E and Enter: iCalendar, the first format.
        let terminal = FakeTerminal(events: [.key(.character("5")), .key(.character("f")), .key(.character("6")),
                                             .key(.character("E")), .key(.enter)])
        _ = loop.run(on: terminal)
        let path = directory.appendingPathComponent("adex-2024-plan.ics").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\n"))
        #expect(text.contains("time not published"))
        #expect(terminal.screen.contains("Exported My plan (iCalendar) to"))

        let unwritable = FakeTerminal(events: [.key(.character("6")), .key(.character("E")), .key(.enter)])
        _ = GuideRunLoop<FakeTerminal>(catalog: catalog, search: SearchIndexBuilder(ready: SearchIndex(catalog: catalog)), now: { now },
                                       clockRuns: false, colors: false, exportDirectory: directory.path + "/missing/dir").run(on: unwritable)
        #expect(unwritable.screen.contains("Export failed:"))
        #expect(unwritable.screen.contains("cannot write here (No such file or directory)"))
    }

    @Test func signalsEndTheLoopForTheCallerToRestoreAndReraise() throws {
        let terminal = FakeTerminal(events: [.key(.down), .signal(15)])
        #expect(Self.loop(try Fixtures.loadBundled()).run(on: terminal) == .signal(15))
    }

    @Test func ctrlZSuspendsAndTheLoopRedrawsAfterwards() throws {
        let terminal = FakeTerminal(events: [.key(.control("z")), .key(.character("2"))])
        _ = Self.loop(try Fixtures.loadBundled()).run(on: terminal)
        #expect(terminal.suspendCount == 1)
        #expect(terminal.frames.count == 3)
    }

    @Test func oneCursorMoveChangesFewCells() throws {
        let terminal = FakeTerminal(events: [.key(.character("2")), .key(.down)])
        _ = Self.loop(try Fixtures.loadBundled()).run(on: terminal)
        let move = terminal.frames[2].changes(since: terminal.frames[1]).count
        #expect(move > 0)
        #expect(move < 80 * 24 / 5, "a cursor move should redraw two rows and a counter, not the screen (\(move) cells)")
    }
}
