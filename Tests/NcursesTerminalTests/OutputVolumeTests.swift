import Foundation
import GuideTestSupport
import Testing

/// Drawing only what changed: moving the selection one row costs a small fraction of the first
/// frame, counted by tmux (`pipe-pane`) and by the backend itself (`bytesWritten`).
@Suite(.timeLimit(.minutes(10)))
struct OutputVolumeTests {
    /// Everything the probe wrote to its terminal, as tmux received it, and the backend's own
    /// count of the same bytes. The probe starts on Enter (so the pipe is in place before its
    /// first byte), presses `keys` after its first frame, quits with `q` and then prints its
    /// count; the stream is complete once the wrapper's "[exit 0]" is in the file, so no wait
    /// depends on how fast `cat` copies what tmux hands it.
    static func run(pressing keys: [String]) throws -> (tmux: Int, backend: Int) {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("pane.out").path
        let session = try TmuxSession(command: ["sh", "-c", "read _ && exec \"$0\"", Probe.path])
        try session.pipeOutput(toFile: file)
        try session.send(keys: "Enter")
        try Probe.waitForEvents(session, 0, last: "-")
        for (index, key) in keys.enumerated() {
            try session.send(keys: key)
            try Probe.waitForEvents(session, index + 1, last: key)
        }
        try session.send(keys: "q")
        #expect(try session.waitForExit() == 0)
        var stream = Data()
        try session.waitFor("the whole output in \(file)") { _ in
            stream = (try? Data(contentsOf: URL(fileURLWithPath: file))) ?? Data()
            return stream.range(of: Data("[exit 0]".utf8)) != nil
        }
        let marker = try #require(stream.range(of: Data("terminal-probe wrote ".utf8)))
        let count = stream[marker.upperBound...].prefix { $0 >= 48 && $0 <= 57 }
        let backend = try #require(Int(String(decoding: count, as: UTF8.self)))
        // The tty's echo of that Enter ("\r\n") comes first.
        return (marker.lowerBound - stream.startIndex - 2, backend)
    }

    @Test func oneRowMoveCostsFarLessThanTheFirstFrame() throws {
        let firstFrame = try Self.run(pressing: [])
        let withOneMove = try Self.run(pressing: ["m"])
        let oneMove = (tmux: withOneMove.tmux - firstFrame.tmux, backend: withOneMove.backend - firstFrame.backend)
        print("output volume: first frame (with setup and restore) \(firstFrame.tmux) B (backend \(firstFrame.backend) B),"
              + " one-row move \(oneMove.tmux) B (backend \(oneMove.backend) B)")
        #expect(oneMove.tmux > 0)
        #expect(oneMove.tmux * 5 < firstFrame.tmux, "first frame \(firstFrame.tmux) B, one move \(oneMove.tmux) B")
        #expect(abs(firstFrame.backend - firstFrame.tmux) <= 8, "backend \(firstFrame.backend) B, tmux \(firstFrame.tmux) B")
        #expect(abs(withOneMove.backend - withOneMove.tmux) <= 8, "backend \(withOneMove.backend) B, tmux \(withOneMove.tmux) B")
    }
}
