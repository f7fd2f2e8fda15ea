import Foundation
import GuideTestSupport
import Testing

/// A catalogue of fairs in the real binary: Home → Fairs → a fair → its exhibitors.
@Suite(.timeLimit(.minutes(10)))
struct FairsEndToEndTests {
    @Test func homeToFairsToAFairToItsExhibitors() throws {
        let files = FairSamples.fixtureNames.flatMap { ["--data", FairSamples.fixture($0)] }
        let session = try EndToEndTests.guide(files, columns: 100, lines: 30)
        try session.waitFor(text: "Span        2016–2024")
        try session.send(keys: "L")
        try session.waitFor(text: "held, list not published")
        try session.send(keys: "End", "Enter")
        try session.waitFor(text: "Home › Fairs › ADEX 2024")
        try session.waitFor(text: "(Enter lists them)")
        try session.send(keys: "Enter")
        try session.waitFor(text: "[show: ADEX 2024 ×]")
        try session.send(keys: "s")
        try session.waitFor(text: "sorted by fairs")
        try session.send(keys: "Q")
        #expect(try session.waitForExit() == 0)
    }
}
