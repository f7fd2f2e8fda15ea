import Foundation
import GuideTestSupport
import Testing

/// Editions in the real binary: the bundled ADEX-2024 compared with ADEX 2022.
@Suite(.timeLimit(.minutes(10)))
struct EditionsEndToEndTests {
    @Test func anExhibitorsHistoryFromTheEditionsScreen() throws {
        let session = try EndToEndTests.guide(columns: 100, lines: 30)
        try session.send(keys: "H")
        try session.waitFor(text: "ADEX 2024 · 193 exhibitors")
        try session.waitFor(text: "145 new")
        try session.send(keys: "End", "Enter", "]")
        try session.waitFor(text: "ADEX 2024: returning")
        try session.waitFor(text: "ADEX 2022, ADEX 2024")
        try session.send(keys: "Enter")
        try session.waitFor(text: "also at ADEX 2022")
        try session.send(keys: "Q")
        #expect(try session.waitForExit() == 0)
    }

    /// Two editions opened together: ASELSAN's history, from the editions screen to its fairs.
    @Test func twoEditionsOpenedTogetherShowAnExhibitorsFairs() throws {
        let session = try EndToEndTests.guide(["--data", Fixtures.fixture("caat/adex-2022.json"), "--data", Fixtures.fixture("caat/adex-2024.json")],
                                              columns: 110, lines: 34)
        try session.send(keys: "H")
        try session.waitFor(text: "146 new")
        try session.send(keys: "End", "Enter", "]")
        try session.waitFor(text: "ADEX 2024: returning")
        try session.send(keys: "/")
        try session.type("aselsan")
        try session.waitFor(text: "ASELSAN")
        try session.send(keys: "Enter")
        try session.waitFor(text: "Fairs attended (2)")
        try session.waitFor(text: "2022 · ADEX 2022")
        try session.waitFor(text: "2024 · ADEX 2024")
        try session.send(keys: "Q")
        #expect(try session.waitForExit() == 0)
    }
}
