import Foundation
import GuideTestSupport
import Testing

/// Editions in the real binary: the bundled ADEX-2024 compared with ADEX 2022.
@Suite(.timeLimit(.minutes(2)))
struct EditionsEndToEndTests {
    @Test func anExhibitorsHistoryFromTheEditionsScreen() throws {
        let session = try EndToEndTests.guide(columns: 100, lines: 30)
        try session.send(keys: "H")
        try session.waitFor(text: "ADEX 2024 · 193 exhibitors")
        try session.waitFor(text: "155 new")
        try session.send(keys: "End", "Enter", "]")
        try session.waitFor(text: "ADEX 2024: returning")
        try session.waitFor(text: "ADEX 2022, ADEX 2024")
        try session.send(keys: "Enter")
        try session.waitFor(text: "also at ADEX 2022")
        try session.send(keys: "Q")
        #expect(try session.waitForExit() == 0)
    }
}
