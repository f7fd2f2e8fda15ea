import Foundation

/// Runs the real `adex-guide` in a private tmux server to measure what a user sees: time to the
/// first frame and bytes written to the terminal per key (tmux `pipe-pane`).
final class TmuxProbe {
    let socket: String
    let directory: URL
    private let server: Process

    init(command: [String], columns: Int, lines: Int) throws {
        // Under /tmp whatever $TMPDIR is: a socket path holds at most 107 bytes (sun_path), and
        // $TMPDIR inside a deep clone (scripts/test sets <clone>/.build-tmp) can pass that.
        var template = Array("/tmp/gb-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else {
            throw NSError(domain: "guide-bench", code: 1, userInfo: [NSLocalizedDescriptionKey: "cannot create a directory in /tmp for the tmux socket"])
        }
        directory = URL(fileURLWithPath: String(cString: made))
        socket = directory.appendingPathComponent("s").path
        server = Process()
        server.executableURL = URL(fileURLWithPath: "/usr/bin/tmux")
        server.arguments = ["-S", socket, "-f", "/dev/null", "-D"]
        server.standardInput = FileHandle.nullDevice
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try server.run()
        while !FileManager.default.fileExists(atPath: socket) {
            guard server.isRunning else {
                throw NSError(domain: "guide-bench", code: 1, userInfo: [NSLocalizedDescriptionKey: "tmux exited before its socket \(socket) appeared"])
            }
            usleep(1000)
        }
        // The go-signal FIFO must exist before the pane's shell opens it.
        mkfifo(directory.appendingPathComponent("go").path, 0o600)
        let quoted = command.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        // The pane starts a shell that waits for a go signal, so piping can start before the guide.
        try tmux(["new-session", "-d", "-s", "b", "-x", String(columns), "-y", String(lines), "-e", "LANG=C.UTF-8",
                  "sh", "-c", "read go < \(directory.path)/go; \(quoted); exec sleep 3600"])
    }

    deinit {
        _ = try? tmux(["kill-server"])
        server.waitUntilExit()
        try? FileManager.default.removeItem(at: directory)
    }

    /// Starts the command, returning when `text` is on screen, with the time it took.
    func start(waitingFor text: String, pipeTo file: String) throws -> Double {
        try tmux(["pipe-pane", "-t", "b", "-o", "cat >> '\(file)'"])
        let fifo = directory.appendingPathComponent("go").path
        let begin = DispatchTime.now().uptimeNanoseconds
        let writer = FileHandle(forWritingAtPath: fifo)
        try writer?.write(contentsOf: Data("go\n".utf8))
        try writer?.close()
        try waitFor(text)
        return Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e9
    }

    func send(_ keys: String...) throws { try tmux(["send-keys", "-t", "b"] + keys) }

    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", "b"]) }

    /// Polls every 2 ms for the first 0.2 s, then every 20 ms: each poll starts a tmux client,
    /// and thousands of them while a large folder loads for seconds took a core from the guide
    /// being measured (its first frame came seconds later than without the probe).
    func waitFor(_ text: String, timeout: Double = 60) throws {
        let start = Date()
        let deadline = start.addingTimeInterval(timeout)
        while !(try screen()).contains(text) {
            if Date() > deadline { throw NSError(domain: "guide-bench", code: 1, userInfo: [NSLocalizedDescriptionKey: "timed out waiting for \(text)"]) }
            usleep(Date().timeIntervalSince(start) < 0.2 ? 2_000 : 20_000)
        }
    }

    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/tmux")
        process.arguments = ["-S", socket, "-f", "/dev/null"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        while process.isRunning { usleep(200) }
        return String(decoding: data, as: UTF8.self)
    }

    /// Size of a file that `cat` is still appending to, once it has stopped growing.
    static func settledSize(_ path: String) -> Int {
        var last = -1
        var stable = 0
        while stable < 5 {
            usleep(20_000)
            let size = ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? NSNumber)?.intValue ?? 0
            if size == last { stable += 1 } else { stable = 0; last = size }
        }
        return last
    }
}
