import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A private tmux server running one command in a pane of fixed size, for end-to-end tests of the
/// real binary in a real terminal (recipe and measurements in ../shared/notes/tmux-e2e.md).
///
/// - The server runs in the foreground (`-D`) as a child process, so no daemon inherits the test
///   runner's file descriptors (which made `waitUntilExit` hang).
/// - The signal mask is cleared around every spawn: Swift Testing's worker threads block SIGTERM,
///   SIGHUP, SIGWINCH... and a child would inherit that.
/// - The command runs under `sh -c 'cmd; echo "[exit $?]"; exec sleep ...'`, so the exit status and
///   the last screen survive the command's exit.
/// - Waits poll the screen against a deadline; there are no fixed sleeps. The deadline is
///   generous (`deadline`), because it is only ever reached when something is wrong: on a busy
///   machine (a parallel build, a CPU hog, many tests at once) a frame can take seconds.
/// - The server's socket is in a short directory of its own (`ShortTemporaryDirectory`), so the
///   108-byte limit of socket paths holds wherever the clone is.
public final class TmuxSession: @unchecked Sendable {
    /// How long a wait may take before the test fails (seconds).
    public static let deadline: TimeInterval = 90

    public enum Failure: Error, CustomStringConvertible {
        case timeout(String, screen: String)
        /// The pane's command ended while a wait still expected something else.
        case exited(String, screen: String)
        case tmux(String)

        public var description: String {
            switch self {
            case .timeout(let what, let screen): "timed out waiting for \(what); screen:\n\(screen)"
            case .exited(let what, let screen): "the command exited while waiting for \(what); screen:\n\(screen)"
            case .tmux(let message): "tmux: \(message)"
            }
        }
    }

    public let socket: String
    private let server: Process
    private let directory: URL
    private let socketDirectory: ShortTemporaryDirectory

    /// Starts a server and a session running `command` (argv) in a `columns` x `lines` pane, in
    /// `workingDirectory` (default: the test's own).
    public init(command: [String], columns: Int = 80, lines: Int = 24, environment: [String: String] = [:],
                workingDirectory: String? = nil) throws {
        directory = try Fixtures.temporaryDirectory()
        do {
            socketDirectory = try ShortTemporaryDirectory()
        } catch {
            try? FileManager.default.removeItem(at: directory)
            throw error
        }
        socket = socketDirectory.file("s")
        server = Process()
        server.executableURL = URL(fileURLWithPath: Self.tmuxPath)
        server.arguments = ["-S", socket, "-f", "/dev/null", "-D"]
        server.standardInput = FileHandle.nullDevice
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try Self.spawnWithEmptySignalMask(server)
        let deadline = Date().addingTimeInterval(Self.deadline)
        while !FileManager.default.fileExists(atPath: socket) {
            guard server.isRunning else {
                throw Failure.tmux("the server exited (status \(server.terminationStatus)) before its socket \(socket) appeared")
            }
            guard Date() < deadline else { throw Failure.tmux("server socket \(socket) did not appear in \(Int(Self.deadline)) s") }
            usleep(2_000)
        }
        var arguments = ["new-session", "-d", "-s", "t", "-x", String(columns), "-y", String(lines), "-e", "LANG=C.UTF-8"]
        if let workingDirectory { arguments += ["-c", workingDirectory] }
        // The pane gets the environment of whoever started the server, the developer's. The guide
        // saves its plan under XDG_STATE_HOME and caches search indexes under ADEX_GUIDE_CACHE:
        // never the developer's; and ADEX_GUIDE_DATA would replace the data the test expects
        // (empty means unset). Unless a test says otherwise.
        var environment = environment
        if environment["XDG_STATE_HOME"] == nil { environment["XDG_STATE_HOME"] = directory.appendingPathComponent("state").path }
        if environment["ADEX_GUIDE_CACHE"] == nil { environment["ADEX_GUIDE_CACHE"] = directory.appendingPathComponent("cache").path }
        if environment["ADEX_GUIDE_DATA"] == nil { environment["ADEX_GUIDE_DATA"] = "" }
        for (key, value) in environment.sorted(by: { $0.key < $1.key }) { arguments += ["-e", "\(key)=\(value)"] }
        let quoted = command.map(Self.shellQuote).joined(separator: " ")
        arguments += ["sh", "-c", "\(quoted); echo \"[exit $?]\"; exec sleep 3600"]
        _ = try tmux(arguments)
    }

    deinit {
        _ = try? tmux(["kill-server"])
        if server.isRunning { server.terminate() }
        server.waitUntilExit()
        try? FileManager.default.removeItem(at: directory)
        socketDirectory.remove()
    }

    /// The visible screen, wrapped lines joined.
    public func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-J", "-t", "t"])
    }

    /// The whole pane including history.
    public func history() throws -> String {
        try tmux(["capture-pane", "-p", "-J", "-S", "-", "-t", "t"])
    }

    /// The visible screen with SGR escapes (`capture-pane -e`), to check attributes and colours.
    public func screenWithEscapes() throws -> String {
        try tmux(["capture-pane", "-p", "-e", "-J", "-t", "t"])
    }

    /// Appends everything the pane's command writes from now on to `path` (`pipe-pane -o`), for
    /// counting output bytes. `cat` writes asynchronously: poll the file's size.
    public func pipeOutput(toFile path: String) throws {
        _ = try tmux(["pipe-pane", "-t", "t", "-o", "cat >> \(Self.shellQuote(path))"])
    }

    /// Stops `pipeOutput(toFile:)`.
    public func stopPipe() throws {
        _ = try tmux(["pipe-pane", "-t", "t"])
    }

    /// Sends tmux key names (`Down`, `Enter`, `C-c`...).
    public func send(keys: String...) throws {
        _ = try tmux(["send-keys", "-t", "t"] + keys)
    }

    /// Types literal text.
    public func type(_ text: String) throws {
        _ = try tmux(["send-keys", "-t", "t", "-l", text])
    }

    public func resize(columns: Int, lines: Int) throws {
        _ = try tmux(["resize-window", "-t", "t", "-x", String(columns), "-y", String(lines)])
    }

    /// A tmux format value for the pane, e.g. `#{alternate_on}:#{cursor_flag}`.
    public func display(_ format: String) throws -> String {
        try tmux(["display", "-p", "-t", "t", format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls until the screen satisfies `condition`, or fails with the last screen: at once when
    /// the pane's command has ended (the wrapper's `[exit N]` line is there), else at the deadline.
    @discardableResult
    public func waitFor(_ what: String, timeout: TimeInterval = TmuxSession.deadline, history: Bool = false,
                        _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while true {
            last = history ? try self.history() : try screen()
            if condition(last) { return last }
            if Self.showsExitLine(last) { throw Failure.exited(what, screen: last) }
            guard Date() < deadline else { throw Failure.timeout(what, screen: last) }
            usleep(10_000)
        }
    }

    /// True when `screen` has the wrapper's own `[exit N]` line.
    static func showsExitLine(_ screen: String) -> Bool {
        screen.split(separator: "\n").contains { line in
            line.hasPrefix("[exit ") && line.hasSuffix("]") && line.dropFirst(6).dropLast().allSatisfy(\.isNumber)
        }
    }

    /// Waits until the screen contains `text`.
    @discardableResult
    public func waitFor(text: String, timeout: TimeInterval = TmuxSession.deadline) throws -> String {
        try waitFor("\"\(text)\"", timeout: timeout) { $0.contains(text) }
    }

    /// Waits for the command to exit and returns its status.
    public func waitForExit(timeout: TimeInterval = TmuxSession.deadline) throws -> Int32 {
        let screen = try waitFor("the command to exit", timeout: timeout, history: true) { $0.contains("[exit ") }
        guard let range = screen.range(of: "[exit ", options: .backwards) else { return -1 }
        let digits = screen[range.upperBound...].prefix { $0.isNumber }
        return Int32(digits) ?? -1
    }

    /// The process id of the command (the wrapper shell's only child), for sending signals.
    public func commandPID() throws -> pid_t? {
        let shell = try display("#{pane_pid}")
        let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
        return children.split(separator: " ").first.flatMap { pid_t($0) }
    }

    /// The process id of the first process named `name` (as in /proc/PID/comm, at most 15
    /// characters) among the pane's descendants, e.g. a program started from a shell in the pane.
    public func descendantPID(named name: String) throws -> pid_t? {
        guard let root = pid_t(try display("#{pane_pid}")) else { return nil }
        var queue = [root]
        while !queue.isEmpty {
            let pid = queue.removeFirst()
            let comm = (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
            if pid != root, comm == String(name.prefix(15)) { return pid }
            let children = (try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8)) ?? ""
            queue += children.split(separator: " ").compactMap { pid_t($0) }
        }
        return nil
    }

    /// Writes `text` straight to the pane's terminal, behind the back of the program in it, as
    /// another program sharing the terminal would (a `wall` message, a shell after a stop).
    public func writeToPaneTerminal(_ text: String) throws {
        let tty = try display("#{pane_tty}")
        guard let handle = FileHandle(forWritingAtPath: tty) else { throw Failure.tmux("cannot open \(tty)") }
        defer { try? handle.close() }
        try handle.write(contentsOf: Data(text.utf8))
    }

    /// The terminal's modes as a shell in the pane sees them (`stty -a`): which of `icanon`,
    /// `echo` and `isig` are on (a mode that is off, `-icanon`, is listed with its minus).
    /// Types a command line, so the pane must be at a shell prompt.
    public func terminalModes() throws -> Set<String> {
        let marker = "[modes \(UUID().uuidString.prefix(8))]"
        try type("stty -a | tr -s ' ;' '\\n\\n' | grep -E '^-?(icanon|echo|isig)$' | tr '\\n' ' '; echo \"\(marker)\"")
        try send(keys: "Enter")
        // The command line itself ends with a quote, so only stty's answer ends with the marker.
        let screen = try waitFor("stty's answer", history: true) { screen in
            screen.split(separator: "\n").contains { $0.hasSuffix(marker) }
        }
        let line = screen.split(separator: "\n").last { $0.hasSuffix(marker) } ?? ""
        return Set(line.dropLast(marker.count).split(separator: " ").map(String.init))
    }

    /// The state letter of /proc/PID/stat: "R" running, "S" sleeping, "T" stopped...
    public static func processState(_ pid: pid_t) -> String? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.range(of: ") ", options: .backwards) else { return nil }
        return stat[close.upperBound...].split(separator: " ").first.map(String.init)
    }

    // MARK: - Process plumbing

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.tmuxPath)
        process.arguments = ["-S", socket, "-f", "/dev/null"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        try Self.spawnWithEmptySignalMask(process)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        // Polling is faster than waitUntilExit here (which sometimes adds ~50 ms).
        while process.isRunning { usleep(200) }
        let text = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0 else { throw Failure.tmux("\(arguments.first ?? ""): \(text)") }
        return text
    }

    private static func spawnWithEmptySignalMask(_ process: Process) throws {
        var empty = sigset_t()
        var old = sigset_t()
        sigemptyset(&empty)
        pthread_sigmask(SIG_SETMASK, &empty, &old)
        defer { pthread_sigmask(SIG_SETMASK, &old, nil) }
        try process.run()
    }

    static var tmuxPath: String {
        for path in ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"] where FileManager.default.isExecutableFile(atPath: path) {
            return path
        }
        return "/usr/bin/tmux"
    }

    /// True when tmux is installed (the test script installs it when missing).
    public static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: tmuxPath) }

    static func shellQuote(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
