import Foundation
import GuideTestSupport
import Testing

/// Drawing only what changed: moving the selection one row costs a small fraction of the first
/// frame, counted by tmux (`pipe-pane`) and by the backend itself (`bytesWritten`).
@Suite(.timeLimit(.minutes(1)))
struct OutputVolumeTests {
    @Test func oneRowMoveCostsFarLessThanTheFirstFrame() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("pane.out").path
        // The probe waits for Enter, so the pipe is in place before its first byte.
        let session = try TmuxSession(command: ["sh", "-c", "read _ && exec \"$0\"", Probe.path])
        try session.pipeOutput(toFile: file)
        try session.send(keys: "Enter")
        try Probe.waitForEvents(session, 0, last: "-")
        // The tty's echo of that Enter ("\r\n") is in the pipe too.
        let firstFrame = try Self.settledSize(of: file, above: 0) - 2

        try session.send(keys: "m")
        let afterFirstMove = try Probe.waitForEvents(session, 1, last: "m")
        let oneMove = try Self.settledSize(of: file, above: firstFrame + 2) - firstFrame - 2

        try session.send(keys: "m")
        let afterSecondMove = try Probe.waitForEvents(session, 2, last: "m")
        try session.stopPipe()
        // bytes= on a frame counts everything before that frame was drawn.
        let backendFirstFrame = try #require(Probe.bytesShown(afterFirstMove))
        let backendOneMove = try #require(Probe.bytesShown(afterSecondMove)) - backendFirstFrame

        print("output volume: first frame \(firstFrame) B (backend \(backendFirstFrame) B), one-row move \(oneMove) B (backend \(backendOneMove) B)")
        #expect(oneMove * 5 < firstFrame, "first frame \(firstFrame) B, one move \(oneMove) B")
        #expect(abs(backendFirstFrame - firstFrame) <= 8, "backend \(backendFirstFrame) B, tmux \(firstFrame) B")
        #expect(abs(backendOneMove - oneMove) <= 8, "backend \(backendOneMove) B, tmux \(oneMove) B")
    }

    /// Polls the file until it is larger than `above` bytes and has not grown for 100 ms (cat
    /// writes what tmux hands it asynchronously, a few ms after the screen shows the frame).
    static func settledSize(of path: String, above: Int, timeout: TimeInterval = 5) throws -> Int {
        let deadline = Date().addingTimeInterval(timeout)
        var last = -1
        var stableSince = Date()
        while Date() < deadline {
            let size = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
            if size != last {
                last = size
                stableSince = Date()
            } else if size > above, Date().timeIntervalSince(stableSince) >= 0.1 {
                return size
            }
            usleep(10_000)
        }
        throw TmuxSession.Failure.timeout("\(path) to settle above \(above) bytes (now \(last))", screen: "")
    }
}
