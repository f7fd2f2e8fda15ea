import Foundation
import GuideTestSupport
import Testing

/// The interactive guide on a CAAT/Omega fair file: converted on load, browsed like any show.
@Suite(.timeLimit(.minutes(10)))
struct FairFileEndToEndTests {
    @Test func theGuideOpensAFairFile() throws {
        let state = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: state) }
        let session = try TmuxSession(command: [EndToEndTests.binary, "--data", FairSamples.fixture("adex-2024.json"), "--at", "2024-09-25T11:00"],
                                      columns: 100, lines: 30, environment: ["XDG_STATE_HOME": state.path])
        try session.waitFor(text: "1 Home")
        try session.waitFor(text: "ADEX 2024")
        try session.send(keys: "2")
        try session.waitFor(text: "196 of 196")
        try session.send(keys: "/")
        try session.type("elbit")
        try session.waitFor(text: "ELBIT SYSTEMS")
        try session.send(keys: "Enter")
        try session.waitFor(text: "ELBIT SYSTEMS LTD")
        try session.send(keys: "Q")
        #expect(try session.waitForExit() == 0)
        #expect(try EndToEndTests.restored(session))
    }
}
